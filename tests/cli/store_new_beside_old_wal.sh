# demo and init never build a store beside the write-ahead log of an earlier one (a
# writer killed after its commit leaves one): SQLite would replay it onto the new store,
# bringing old rows back or damaging it. They refuse with exit 73 and touch nothing.
. "$(dirname "$0")/lib.inc"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0" # one line on stderr
"$VEIKART" demo --out d >/dev/null
# a writer that commits and dies before it folds its log into the store
python3 - <<'PY'
import os, sqlite3
c = sqlite3.connect("d/veikart.db", isolation_level=None)
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("UPDATE meta SET value = 'GAMMEL TITTEL' WHERE key = 'title'")
c.execute("DELETE FROM status_report")
os._exit(0)
PY
[ -s d/veikart.db-wal ] || fail "the test made no log"
cp d/veikart.db-wal wal.before
cp d/veikart.db db.before
run "$VEIKART" demo --out d
expect_status 73
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "demo: expected one line on stderr"
grep -q "^veikart: d/veikart.db-wal: " "$T/err" || fail "demo: the message does not name the log"
cmp -s wal.before d/veikart.db-wal && cmp -s db.before d/veikart.db ||
	fail "demo changed the store or its log"
[ -z "$(ls -A d | grep '^\.')" ] || fail "temporary files left: $(ls -A d | grep '^\.')"
# as the message says: opening the store folds the log in, and demo then replaces it
run "$VEIKART" --db d/veikart.db check
[ ! -e d/veikart.db-wal ] || fail "opening the store did not fold its log in"
run "$VEIKART" demo --out d
expect_status 0
[ "$(sqlite3 d/veikart.db 'PRAGMA integrity_check')" = ok ] || fail "the new store is damaged"
[ "$(sqlite3 d/veikart.db "SELECT value FROM meta WHERE key = 'title'")" != "GAMMEL TITTEL" ] ||
	fail "an old row came back"
[ "$(sqlite3 d/veikart.db 'SELECT count(*) FROM status_report')" -gt 0 ] || fail "no reports"

# init: a log with no store, or beside an empty file
mkdir i
cp wal.before i/new.db-wal
run "$VEIKART" --db i/new.db init
expect_status 73
grep -q "^veikart: i/new.db-wal: " "$T/err" || fail "init: the message does not name the log"
[ "$(ls i)" = new.db-wal ] || fail "init made $(ls i)"
: >i/new.db
run "$VEIKART" --db i/new.db init
expect_status 73
[ ! -s i/new.db ] || fail "init wrote the empty file"
exit 0
