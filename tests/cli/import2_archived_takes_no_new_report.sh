# An archived item takes no report for a period after the last one it was in the plan
# for, neither from a sheet nor from 'status set': refused, naming it and how to bring it
# back. A report up to that period is history and goes in silently.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >a.yaml <<'Y'
veikart: 1
cadence: tertial
projects:
  - {code: AAA, name: Første prosjekt}
  - {code: BBB, name: Avsluttet prosjekt}
Y
printf 'veikart: 1\nprojects:\n  - {code: AAA, name: Første prosjekt}\n' >b.yaml
printf 'periode;kode;status;kommentar;budsjett\n2025-T1;AAA;grønn;;10\n2025-T1;BBB;rød;Stoppet;5\n' >t1.csv
printf 'periode;kode;status;kommentar;budsjett\n2025-T2;AAA;gul;;11\n2025-T2;BBB;rød;ny rapport;3\n' >t2.csv
"$VEIKART" import a.yaml t1.csv >/dev/null
"$VEIKART" import --replace b.yaml >/dev/null
reports() { sqlite3 "$VEIKART_DB" "SELECT count(*) FROM status_report"; }
[ "$(reports)" = 2 ] || fail "before: $(reports) reports"
run "$VEIKART" import t2.csv
expect_status 65
grep -q "^veikart: t2.csv:3: 'BBB' is archived (in the plan up to 2025-T1), so it takes no report for 2025-T2: bring it back by naming it in a portfolio file, or leave it out of the sheet$" "$T/err" ||
	fail "sheet: $(cat "$T/err")"
[ "$(reports)" = 2 ] || fail "the sheet wrote $(reports) reports"
run "$VEIKART" status set BBB gul --period 2025-T2
expect_status 65
grep -q "'BBB' is archived (in the plan up to 2025-T1), so it takes no report for 2025-T2" "$T/err" ||
	fail "status set: $(cat "$T/err")"
[ "$(reports)" = 2 ] || fail "status set wrote: $(reports) reports"
# history: the period it was in the plan for, again and by hand
run "$VEIKART" import t1.csv
expect_status 0
run "$VEIKART" status set BBB gul --period 2025-T1
expect_status 0
[ "$(sqlite3 "$VEIKART_DB" "SELECT s.colour FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = 'BBB'")" = gul ] ||
	fail "history not changed by status set"
# named again, it reports again
run "$VEIKART" import a.yaml t2.csv
expect_status 0
[ "$(reports)" = 4 ] || fail "after restoring: $(reports) reports"
