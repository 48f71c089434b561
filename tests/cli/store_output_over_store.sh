# An output named as the store (or its -wal/-shm), or as another name of the same file
# (a hard link, a symbolic link), is refused with exit 73 and the store is left whole.
# The store is known by device and inode, not by name.
. "$(dirname "$0")/lib.inc"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0" # one line on stderr
sample_store
# sqlite3, not export: the outputs are aimed at the SQLite file and its -wal/-shm, so the
# file's own rows and integrity are what must be whole
sqlite3 v.db .dump >before.sql
ln v.db hard.pdf
ln -s v.db soft.svg
mkdir sub
for args in "render roadmap --format pdf -o v.db" "render roadmap --format svg -o v.db" \
	"render roadmap --format png -o v.db" "export xlsx -o v.db" \
	"render roadmap --format pdf -o v.db-wal" "render roadmap --format png -o v.db-shm" \
	"render roadmap -o hard.pdf" "render roadmap -o soft.svg" \
	"--db sub/../v.db render roadmap --format pdf -o ./v.db"; do
	# shellcheck disable=SC2086 # the arguments are words
	run "$VEIKART" $args
	expect_status 73
	[ "$(wc -l <"$T/err")" -eq 1 ] || fail "$args: expected one line on stderr"
	grep -q "store" "$T/err" || fail "$args: the message does not say it is the store"
	[ "$(sqlite3 v.db 'PRAGMA integrity_check')" = ok ] || fail "$args: store damaged"
	sqlite3 v.db .dump >after.sql
	cmp -s before.sql after.sql || fail "$args: the store changed"
	[ -L soft.svg ] || fail "$args: the link was replaced"
	[ ! -e v.db-wal ] || [ ! -s v.db-wal ] || head -c 4 v.db-wal | grep -qv '%PDF' ||
		fail "$args: a chart became the store's log"
done
ls -a | grep -q '^\.v\.db' && fail "temporary file left"
# other outputs still work beside it
run "$VEIKART" render roadmap -o r.pdf
expect_status 0
exit 0
