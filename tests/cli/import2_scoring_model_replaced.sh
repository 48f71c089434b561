# A portfolio file with a new scoring model says in the import summary how many stored
# score values it deletes (those of criteria it no longer has) and names the criteria.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
printf 'tiltak;M1;M2;K1;K2;K3;K4;P1;P2;H1;H2;I\nTiltak A;5;5;5;5;5;5;5;5;5;5;5\nTiltak B;1;2;3;4;5;6;7;8;9;10;0\n' >scores.csv
"$VEIKART" import scores.csv >/dev/null
cat >model.yaml <<'Y'
veikart: 1
scoring:
  tiebreak: [nytte]
  criteria:
    - code: maal
      name: Måloppnåelse
      criteria: [{code: M1, name: Info}, {code: M2, name: Prio}]
    - code: kost
      name: Kostnader
      criteria: [{code: K1, name: Teknisk}]
    - code: nytte
      name: Nytte
      criteria: [{code: I, name: Infrastruktur}]
Y
before=$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM score")
[ "$before" = 22 ] || fail "the sheet stored $before score values"
run "$VEIKART" --lang en import model.yaml
expect_status 0
after=$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM score")
gone=$((before - after))
grep -q "^scoring model replaced: $gone score values of criteria no longer in the model deleted (K2, K3, K4, P1, P2, H1, H2)$" "$T/out" ||
	fail "summary ($gone deleted): $(cat "$T/out")"
# the same model again deletes nothing and changes nothing, and says so (it said
# "replaced" before, on every import of an 'export yaml' file too)
run "$VEIKART" --lang en import model.yaml
grep -q "^scoring model unchanged$" "$T/out" || fail "again: $(cat "$T/out")"
if grep -q "replaced" "$T/out"; then fail "the same model again said replaced: $(cat "$T/out")"; fi
