# No score is ever inf or nan: a weight beyond 0..1000 is refused in a portfolio file
# and in --weight, and one already in a store (an older veikart took 1e308) is named
# instead of ranking every measure as inf.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/scores-2023.csv" >/dev/null
run "$VEIKART" score --weight Nytte=1e308
expect_status 2
sqlite3 "$VEIKART_DB" "UPDATE criterion SET weight = 1e308 WHERE parent_id IS NULL"
for args in "score" "score --format json" "render scores -o s.svg" "export xlsx -o s.xlsx"; do
	# shellcheck disable=SC2086 # the arguments are words
	run "$VEIKART" $args
	grep -Eqi '(^|[^a-z])(inf|nan)([^a-z]|$)' "$T/out" && fail "$args: printed inf or nan"
	expect_status 65
	grep -q "veikart: scoring model: the weight of '.*' must be from 0 to 1000, not 1e+308" "$T/err" ||
		fail "$args: the weight is not named"
	[ ! -e s.svg ] && [ ! -e s.xlsx ] || fail "$args: wrote a chart or workbook"
done
