# `status set CODE COLOUR --period P` changes only what it is given: the stored comment
# and budget stay unless --comment / --budget name them, and --budget takes a decimal
# comma as the sheets do.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" >/dev/null
q() { sqlite3 "$VEIKART_DB" "$1"; }
report() {
	q "SELECT s.colour || '|' || coalesce(s.comment, '-') || '|' || coalesce(s.budget_mnok, '-') FROM status_report s JOIN item i ON i.id = s.item_id JOIN period p ON p.id = s.period_id WHERE i.code = 'SFM' AND p.code = '2021-05'"
}
before=$(report)
comment=$(echo "$before" | cut -d'|' -f2)
budget=$(echo "$before" | cut -d'|' -f3)
[ "$comment" != - ] && [ "$budget" != - ] || fail "SFM 2021-05 has no comment and budget in the sample"
"$VEIKART" status --trend >trend.before
"$VEIKART" status set SFM rød --period 2021-05 >/dev/null
[ "$(report)" = "rod|$comment|$budget" ] || fail "status set erased what it was not given: $before -> $(report)"
grep 2021-05 trend.before | awk '{print $NF}' >b1
"$VEIKART" status --trend | grep 2021-05 | awk '{print $NF}' >b2
cmp -s b1 b2 || fail "the period's budget changed: $(cat b1) -> $(cat b2)"
"$VEIKART" status set SFM gul --period 2021-05 --comment "Ny kommentar" >/dev/null
[ "$(report)" = "gul|Ny kommentar|$budget" ] || fail "--comment: $(report)"
"$VEIKART" status set SFM gul --period 2021-05 --budget "1 234,5" >/dev/null
[ "$(report)" = "gul|Ny kommentar|1234.5" ] || fail "--budget with a decimal comma: $(report)"
"$VEIKART" status set SFM gul --period 2021-05 --budget 12.5 >/dev/null
[ "$(report)" = "gul|Ny kommentar|12.5" ] || fail "--budget with a point: $(report)"
"$VEIKART" status set SFM gul --period 2021-05 --comment "" >/dev/null
[ "$(report)" = "gul|-|12.5" ] || fail "--comment '' clears the comment: $(report)"
for bad in abc -1 inf nan 1e300; do
	run "$VEIKART" status set SFM gul --period 2021-05 --budget "$bad"
	expect_status 2
done
[ "$(report)" = "gul|-|12.5" ] || fail "a refused budget changed the report"
