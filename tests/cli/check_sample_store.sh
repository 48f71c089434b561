# check passes the sample store (warnings only) and fails a store with a broken plan
# (exit 1).
. "$(dirname "$0")/lib.inc"
sample_store
run "$VEIKART" --lang en check
expect_status 0
grep -Eq "^[0-9]+ programmes and projects: 0 errors, [0-9]+ warnings$" "$T/out" || fail "summary"
sqlite3 "$VEIKART_DB" "INSERT INTO dependency (item_id, depends_on_id, ord)
	SELECT k.id, p.id, 9 FROM item k, item p WHERE k.code = 'KJERNEJOURNAL' AND p.code = 'PLL';"
run "$VEIKART" --lang en check
expect_status 1
grep -q "^error: .*dependency cycle" "$T/out" || fail "error line"
grep -q "^veikart: .*1 error" "$T/err" || fail "stderr line"
