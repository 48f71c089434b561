# A damaged store is refused with one line and exit 1, never a crash, and is not
# written: a negative schema version (which indexed the migrations at -1) and a row of
# meta whose key is NULL (which crashed in strcmp).
. "$(dirname "$0")/lib.inc"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0" # one line on stderr
sample_store
cp v.db good.db
check_refused() { # what PATTERN: every kind of command refuses the store
	for args in "list areas" "list programmes" "status" "check" "export xlsx -o x.xlsx" \
		"render roadmap -o x.pdf" "import $SAMPLES/portfolio.yaml" "init"; do
		# sqlite3, not export: the store is damaged on purpose and every command refuses it
		sqlite3 v.db .dump >before.sql
		# shellcheck disable=SC2086 # the arguments are words
		run "$VEIKART" $args
		expect_status 1
		[ "$(wc -l <"$T/err")" -eq 1 ] || fail "$1: $args: expected one line on stderr"
		grep -q "^veikart: $T/v.db: $2" "$T/err" || fail "$1: $args: message"
		sqlite3 v.db .dump >after.sql
		cmp -s before.sql after.sql || fail "$1: $args: the store changed"
		[ ! -e x.pdf ] && [ ! -e x.xlsx ] || fail "$1: $args: wrote an output"
	done
}
sqlite3 v.db 'PRAGMA user_version = -1'
check_refused "version -1" "damaged store: schema version -1"
cp good.db v.db
sqlite3 v.db "INSERT INTO meta (key, value) VALUES (NULL, 'x')"
check_refused "NULL key" "damaged store: a row of table meta has no key"
exit 0
