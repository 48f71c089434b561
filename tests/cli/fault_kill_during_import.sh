# kill -9 in the middle of a large import leaves the store exactly as it was before it.
. "$(dirname "$0")/lib.inc"
sample_store
python3 - <<'P'
with open("big.csv", "w") as f:
    f.write("periode;kode;status;kommentar\n")
    codes = ["PLL", "SFM", "PROVESVAR", "DOKUMENTDELING", "SAFEST", "PDS"]
    for y in range(2022, 2027):
        for m in range(1, 13):
            for d in range(1, 29):
                for c in codes:
                    f.write(f"{y}-{m:02d}-{d:02d};{c};gul;{'x' * 200}\n")
P
# sqlite3, not export: what is proved is SQLite's recovery of a killed writer's WAL, and
# the reset between tries deletes rows directly
sqlite3 "$VEIKART_DB" .dump >before.sql
killed=0
for delay in 0.01 0.03 0.05 0.1 0.2 0.3; do
	"$VEIKART" import big.csv >/dev/null 2>&1 &
	pid=$!
	sleep "$delay"
	if kill -9 "$pid" 2>/dev/null; then
		killed=$((killed + 1))
	fi
	wait "$pid" 2>/dev/null || true
	sqlite3 "$VEIKART_DB" .dump >after.sql
	if ! cmp -s before.sql after.sql; then
		# the import may have finished before the kill: then it is all there
		[ "$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM status_report")" = 10080 ] ||
			fail "a partial import after kill -9 at ${delay}s"
		sqlite3 "$VEIKART_DB" "DELETE FROM status_report; DELETE FROM period;"
		sqlite3 "$VEIKART_DB" .dump >before.sql
	fi
done
[ "$killed" -gt 0 ] || fail "the import always finished before the kill; make the file bigger"
"$VEIKART" check >/dev/null || fail "check after kill -9"
