# `rename OLD NEW` keeps every report and a programme's projects; it refuses a NEW that
# is taken (65), an unknown OLD (1) and an invalid NEW (2), changing nothing.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" >/dev/null
q() { sqlite3 "$VEIKART_DB" "$1"; }
n=$(q "SELECT count(*) FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = 'PLL'")
[ "$n" -gt 0 ] || fail "PLL has no reports in the sample"
kids=$("$VEIKART" show PLL | sed -n '/^Prosjekter/,$p' | wc -l)
"$VEIKART" status --trend >trend.before
run "$VEIKART" rename PLL LEGEMIDDELLISTE
expect_status 0
[ "$(q "SELECT count(*) FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = 'LEGEMIDDELLISTE'")" = "$n" ] ||
	fail "the renamed programme lost its reports"
[ "$("$VEIKART" show LEGEMIDDELLISTE | sed -n '/^Prosjekter/,$p' | wc -l)" = "$kids" ] ||
	fail "the renamed programme lost its projects"
"$VEIKART" show SFM | grep -q "program *LEGEMIDDELLISTE" || fail "SFM's parent link"
"$VEIKART" status --trend >trend.after
cmp -s trend.before trend.after || fail "rename changed the trend"
store_state before.yaml
run "$VEIKART" rename SFM PDS
expect_status 65
run "$VEIKART" rename NOPE X
expect_status 1
run "$VEIKART" rename SFM 'ikke gyldig'
expect_status 2
run "$VEIKART" rename SFM
expect_status 2
store_state after.yaml
cmp -s before.yaml after.yaml || fail "a refused rename changed the store"
# an archived item can be renamed, and keeps its reports
"$VEIKART" remove KJ-SYKEHJEM >/dev/null
s=$(q "SELECT count(*) FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = 'KJ-SYKEHJEM'")
"$VEIKART" rename KJ-SYKEHJEM KJ-SYKEHJEM-2 >/dev/null
[ "$(q "SELECT count(*) FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = 'KJ-SYKEHJEM-2' AND i.archived = 1")" = "$s" ] ||
	fail "renaming an archived item"
