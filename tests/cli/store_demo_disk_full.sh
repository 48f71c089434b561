# demo on a disk that fills (ulimit -f, as fault_disk_full.sh) exits 73 with one line
# that names the store, and leaves no temporary store nor its -wal/-shm; an earlier
# store in the directory is kept as it was.
. "$(dirname "$0")/lib.inc"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0" # one line on stderr
mkdir d
(
	ulimit -f 64 # 64 KiB: the store needs more
	trap '' XFSZ
	run "$VEIKART" demo --out d
	echo "$status" >status.txt
	cp "$T/err" err.txt
)
[ "$(cat status.txt)" = 73 ] || fail "exit $(cat status.txt): $(cat err.txt)"
[ "$(wc -l <err.txt)" -eq 1 ] || fail "expected one line on stderr: $(cat err.txt)"
grep -q "^veikart: d/veikart.db: " err.txt || fail "the message does not name the store: $(cat err.txt)"
[ -z "$(ls -A d)" ] || fail "files left: $(ls -A d)"
# with a store there already
"$VEIKART" demo --out d >/dev/null
# sqlite3, not export: demo always writes a SQLite file, replaced by rename, and the
# promise is about that file in the directory
sqlite3 d/veikart.db .dump >before.sql
(
	ulimit -f 64
	trap '' XFSZ
	run "$VEIKART" demo --out d
	echo "$status" >status.txt
)
[ "$(cat status.txt)" = 73 ] || fail "second run: exit $(cat status.txt)"
[ -z "$(ls -A d | grep '^\.')" ] || fail "second run: files left: $(ls -A d | grep '^\.')"
sqlite3 d/veikart.db .dump >after.sql
cmp -s before.sql after.sql || fail "the earlier store changed"
exit 0
