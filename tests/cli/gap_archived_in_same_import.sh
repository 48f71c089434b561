# A report for an item that the same import archives is held to the rule of an archived
# item, against the store's latest period before the import: `import --replace p2.yaml
# s2.csv` refuses B's report for a new period as `import s2.csv` would afterwards, and
# writes nothing; B's report for a period it was in the plan for goes in.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
tertial_projects p.yaml <<'Y'
  - {code: A, name: En}
  - {code: B, name: To}
Y
printf 'veikart: 1\ncadence: tertial\nprojects:\n  - {code: A, name: En}\n' >p2.yaml
printf 'periode;kode;status\n2021-T1;A;gul\n2021-T1;B;gul\n' >s1.csv
printf 'periode;kode;status\n2021-T2;A;gul\n2021-T2;B;rød\n' >s2.csv
printf 'periode;kode;status\n2021-T1;A;grønn\n2021-T1;B;rød\n' >s1b.csv
"$VEIKART" import p.yaml s1.csv >/dev/null
# both the export and the rows: absences (item_absence) reach the export only as a comment
store_state before.yaml
sqlite3 "$VEIKART_DB" .dump >before.sql
run "$VEIKART" import --replace p2.yaml s2.csv
expect_status 65
grep -q "^veikart: s2.csv:3: 'B' is archived by this import (in the plan up to 2021-T1), so it takes no report for 2021-T2" "$T/err" ||
	fail "B's new report in the import that archives it: $(cat "$T/out" "$T/err")"
store_state after.yaml
cmp -s before.yaml after.yaml || fail "a refused import changed the store"
sqlite3 "$VEIKART_DB" .dump >after.sql
cmp -s before.sql after.sql || fail "a refused import changed the store (rows)"
# the same files one at a time: the same answer
"$VEIKART" import --replace p2.yaml >/dev/null
run "$VEIKART" import s2.csv
expect_status 65
grep -q "'B' is archived (in the plan up to 2021-T1), so it takes no report for 2021-T2" "$T/err" ||
	fail "s2.csv alone: $(cat "$T/err")"
# history of the period it was in the plan for is taken in the same import
"$VEIKART" import p.yaml >/dev/null
run "$VEIKART" import --replace p2.yaml s1b.csv
expect_status 0
[ "$(sqlite3 "$VEIKART_DB" "SELECT s.colour FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = 'B'")" = rod ] ||
	fail "B's report for 2021-T1 did not go in with the import that archives it"
# before any period, an item archived by the import takes no report at all
rm -f v.db*
"$VEIKART" init >/dev/null
"$VEIKART" import p.yaml >/dev/null
run "$VEIKART" import --replace p2.yaml s1.csv
expect_status 65
grep -q "'B' is archived by this import (before any reporting period), so it takes no report for 2021-T1" "$T/err" ||
	fail "no period yet: $(cat "$T/err")"
