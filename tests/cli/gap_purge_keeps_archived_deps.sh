# `remove CODE --purge` refuses while an archived item depends on CODE in its stored
# plan (the dependency would go with CODE unseen), naming it; nothing changes. Purging
# the dependant first, then CODE, works.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >p.yaml <<'Y'
veikart: 1
projects:
  - {code: P1, name: En}
  - {code: P2, name: To, depends_on: [P1]}
  - {code: P3, name: Tre}
Y
printf 'veikart: 1\nprojects:\n  - {code: P3, name: Tre}\n' >p3.yaml
"$VEIKART" import p.yaml >/dev/null
"$VEIKART" import --replace p3.yaml >/dev/null
"$VEIKART" show P2 | grep -q "P1" || fail "P2's dependency is not shown before: $("$VEIKART" show P2)"
# both the export and the rows: absences (item_absence) reach the export only as a comment
store_state before.yaml
sqlite3 "$VEIKART_DB" .dump >before.sql
run "$VEIKART" remove P1 --purge
expect_status 65
grep -q "^veikart: cannot purge 'P1': archived 'P2' depends on 'P1'" "$T/err" || fail "not refused: $(cat "$T/out" "$T/err")"
store_state after.yaml
cmp -s before.yaml after.yaml || fail "a refused purge changed the store"
sqlite3 "$VEIKART_DB" .dump >after.sql
cmp -s before.sql after.sql || fail "a refused purge changed the store (rows)"
"$VEIKART" show P2 | grep -q "P1" || fail "P2 lost its dependency on P1"
run "$VEIKART" remove P2 --purge
expect_status 0
run "$VEIKART" remove P1 --purge
expect_status 0
[ "$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM item WHERE code IN ('P1', 'P2')")" = 0 ] || fail "not purged"
