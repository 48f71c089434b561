# Only init creates a store. Every other command opens the file read-only until it knows
# it is a veikart store of a version it knows, and refuses anything else without
# writing a byte into it or beside it: a SQLite file of another program, an empty file,
# an empty SQLite database, a store of a newer veikart (its header was switched to WAL
# before), a device (--db /dev/null made /dev/null-journal). init refuses them too,
# except the empty ones, which it makes a store of.
. "$(dirname "$0")/lib.inc"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0" # one line on stderr
mkdir d
sqlite3 d/foreign.db "CREATE TABLE t (x); INSERT INTO t VALUES (1)"
sqlite3 d/foreign-wal.db "PRAGMA journal_mode = WAL; CREATE TABLE t (x)" >/dev/null
: >d/empty.db
sqlite3 d/emptysql.db "CREATE TABLE t (x); DROP TABLE t" # a database with nothing in it
"$VEIKART" --db d/newer.db init >/dev/null
sqlite3 d/newer.db "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99" >/dev/null
sqlite3 d/other-version.db "CREATE TABLE meta (k); PRAGMA user_version = 3"
printf 'not a database at all, but text long enough to be more than a header...\n' >d/text.db
files="foreign foreign-wal empty emptysql newer other-version text"
cp -a d keep
for f in $files; do
	for args in "list areas" "status" "render roadmap -o x.pdf" "export xlsx -o x.xlsx" \
		"import $SAMPLES/portfolio.yaml" "check"; do
		# shellcheck disable=SC2086 # the arguments are words
		run "$VEIKART" --db "d/$f.db" $args
		expect_status 1
		[ "$(wc -l <"$T/err")" -eq 1 ] || fail "$f: $args: expected one line on stderr"
		grep -Eq "^veikart: d/$f.db: .*(not a veikart store|newer than this veikart)" \
			"$T/err" || fail "$f: $args: message"
		diff -r keep d >/dev/null || fail "$f: $args: files changed: $(diff -r keep d)"
	done
done
# init makes a store only of nothing or of an empty file
for f in foreign foreign-wal newer other-version text; do
	run "$VEIKART" --db "d/$f.db" init
	expect_status 1
	diff -r keep d >/dev/null || fail "init $f: files changed: $(diff -r keep d)"
done
run "$VEIKART" --db d/empty.db init
expect_status 0
grep -q "^opprettet d/empty.db" "$T/out" || fail "init of an empty file: $(cat "$T/out")"
run "$VEIKART" --db d/empty.db list areas
expect_status 0
# a device is not a store, and nothing is made beside it
mkdir dev
if [ "$(id -u)" = 0 ]; then
	mknod dev/null c 1 3
	for args in "list areas" "init" "status"; do
		# shellcheck disable=SC2086 # the arguments are words
		run "$VEIKART" --db dev/null $args
		expect_status 1
		grep -q "^veikart: dev/null: not a veikart store (a character device" "$T/err" ||
			fail "device: $args: message"
		[ "$(ls dev)" = null ] || fail "device: $args: made $(ls dev)"
	done
fi
run "$VEIKART" --db dev list areas
expect_status 1
grep -q "^veikart: dev: not a veikart store (a directory" "$T/err" || fail "directory: message"
exit 0
