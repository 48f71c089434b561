# Usage errors are exit 2 with one line; commands may be shortened to a unique prefix.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
for args in "frobnicate" "--nope list areas" "list" "list areas --format xml" \
	"list things" "i" "--lang de list areas" "show" "--db"; do
	# shellcheck disable=SC2086 # the words are separate arguments
	run "$VEIKART" $args
	expect_status 2
	[ "$(wc -l <"$T/err")" -eq 1 ] || fail "'$args': expected one line"
	grep -q "^veikart: " "$T/err" || fail "'$args': no 'veikart:' prefix"
done
run "$VEIKART" i
grep -q "ambiguous command 'i' (could be init, import)" "$T/err" || fail "ambiguous"
"$VEIKART" li areas >/dev/null || fail "prefix 'li'"
run "$VEIKART"
expect_status 2
