# A status sheet without a kommentar or budsjett column leaves the stored comment and
# budget of its reports alone, and says so; an empty cell in a column the sheet has
# clears them.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >p.yaml <<'Y'
veikart: 1
projects: [{code: AAA, name: Prosjekt A}, {code: BBB, name: Prosjekt B}]
Y
printf 'periode;kode;status;kommentar;budsjett\n2025-T1;AAA;gul;Venter på leverandør;120,5\n2025-T1;BBB;gul;Nytt system;7\n' >full.csv
"$VEIKART" import p.yaml full.csv >/dev/null
stored() { sqlite3 "$VEIKART_DB" "SELECT s.colour || '|' || coalesce(s.comment, '') || '|' || coalesce(s.budget_mnok, '') FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = '$1'"; }
# no comment, no budget column: only the colour changes
printf 'periode;kode;status\n2025-T1;AAA;rød\n' >colour.csv
run "$VEIKART" --lang en import colour.csv
expect_status 0
[ "$(stored AAA)" = "rod|Venter på leverandør|120.5" ] || fail "AAA after a colour-only sheet: $(stored AAA)"
grep -q "^colour.csv: no kommentar or budsjett column: stored comments and budgets kept$" "$T/out" ||
	fail "no word that comments and budgets are kept: $(cat "$T/out" "$T/err")"
grep -q "^status reports 2025-T1: 0 added, 1 replaced, 0 unchanged$" "$T/out" || fail "summary: $(cat "$T/out")"
# the same sheet again: unchanged, not replaced
run "$VEIKART" --lang en import colour.csv
grep -q "^status reports 2025-T1: 0 added, 0 replaced, 1 unchanged$" "$T/out" || fail "same again: $(cat "$T/out")"
# a budget column, no comment column: the budget changes, the comment stays
printf 'periode;kode;status;budsjett\n2025-T1;AAA;rød;99\n' >budget.csv
"$VEIKART" import budget.csv >/dev/null 2>&1
[ "$(stored AAA)" = "rod|Venter på leverandør|99.0" ] || fail "AAA after a budget sheet: $(stored AAA)"
# the columns there, the cells empty: cleared
printf 'periode;kode;status;kommentar;budsjett\n2025-T1;BBB;gul;;\n' >empty.csv
"$VEIKART" import empty.csv >/dev/null 2>&1
[ "$(stored BBB)" = "gul||" ] || fail "BBB after empty cells: $(stored BBB)"
