# status set records one report, replaces it when given again, and refuses what it
# cannot store.
. "$(dirname "$0")/lib.inc"
sample_store
run "$VEIKART" status
expect_status 1
grep -q "no status reports yet" "$T/err" || fail "empty message"
"$VEIKART" status set PLL gul --period 2024-T1 --comment "Venter på SFM" | grep -q "^PLL 2024-T1: gul$" ||
	fail "set"
"$VEIKART" status set PLL green --period 2024-t1 | grep -q "erstattet" || fail "replace"
[ "$(sqlite3 "$VEIKART_DB" "SELECT colour FROM status_report")" = gronn ] || fail "stored colour"
run "$VEIKART" status set NOPE gul --period 2024-T1
expect_status 1
run "$VEIKART" status set PLL blå --period 2024-T1
expect_status 2
run "$VEIKART" status set PLL gul --period 2024-T4
expect_status 2
run "$VEIKART" status set PLL gul
expect_status 2
"$VEIKART" render roadmap -o r.pdf >/dev/null
[ "$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM status_report")" = 1 ] || fail "count"
