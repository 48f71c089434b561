# `remove CODE` archives (history kept, exit 0); `remove CODE --purge` deletes the item,
# a programme's projects and their reports and linked scores, and says how many.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" "$SAMPLES/scores-2023.csv" >/dev/null
q() { sqlite3 "$VEIKART_DB" "$1"; }
n=$(q "SELECT count(*) FROM status_report")
"$VEIKART" status --trend >trend.before
run "$VEIKART" remove PLL
expect_status 0
[ "$(q "SELECT count(*) FROM status_report")" = "$n" ] || fail "remove without --purge deleted reports"
"$VEIKART" status --trend >trend.after
cmp -s trend.before trend.after || fail "remove changed past periods"
"$VEIKART" list --archived >arch.txt
for c in PLL SFM PLL-V1; do grep -q "$c " arch.txt || fail "$c is not archived: $(cat arch.txt)"; done
"$VEIKART" list programmes | grep -q "^[-0-9 ]*PLL " && fail "PLL still listed"
# a live item that depends on the one removed stops it, and nothing changes
# both the export and the rows: a refused remove must archive nothing, and the absences
# (item_absence) that archiving writes reach the export only as a comment
store_state before.yaml
q .dump >before.sql
run "$VEIKART" remove SAFEST
expect_status 65
grep -q "HELSEPLATTFORMEN.*depends on 'SAFEST'" "$T/err" || fail "no reason given"
store_state after.yaml
cmp -s before.yaml after.yaml || fail "a refused remove changed the store"
q .dump >after.sql
cmp -s before.sql after.sql || fail "a refused remove changed the store (rows)"
# --purge: the counts it prints are what went
pll=$(q "SELECT count(*) FROM status_report WHERE item_id IN (SELECT id FROM item WHERE code = 'PLL' OR parent_id = (SELECT id FROM item WHERE code = 'PLL'))")
items=$(q "SELECT count(*) FROM item WHERE code = 'PLL' OR parent_id = (SELECT id FROM item WHERE code = 'PLL')")
[ "$pll" -gt 0 ] || fail "no reports to purge in the sample"
run "$VEIKART" --lang en remove PLL --purge
expect_status 0
grep -q "deleted PLL: $items programmes/projects, $pll status reports, 1 measures" "$T/out" ||
	fail "purge does not say what it deleted: $(cat "$T/out")"
[ "$(q "SELECT count(*) FROM status_report")" = $((n - pll)) ] || fail "purge left reports"
[ "$(q "SELECT count(*) FROM item WHERE code IN ('PLL', 'SFM', 'PLL-V1')")" = 0 ] || fail "purge left items"
[ "$(q "SELECT count(*) FROM measure WHERE name = 'PLL'")" = 0 ] || fail "purge left the measure"
run "$VEIKART" remove PLL
expect_status 1
run "$VEIKART" remove
expect_status 2
# a live item is purged in one go too
run "$VEIKART" remove HPR-MODERNISERING --purge
expect_status 0
[ "$(q "SELECT count(*) FROM item WHERE code = 'HPR-MODERNISERING'")" = 0 ] || fail "live purge"
