# Every argument is checked as text: invalid UTF-8 (which would later break the
# workbook's XML) or a control character is refused as a usage error naming the
# argument, before anything is stored.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" >/dev/null
store_state "$T/before.yaml"
run "$VEIKART" status set PLL gul --period 2021-05 --comment "$(printf 'ok \377\376')"
expect_status 2
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "expected one line on stderr"
grep -Fq "veikart: argument 8 (after --comment) is not UTF-8 text: 'ok \\xff\\xfe'" "$T/err" ||
	fail "the message does not name the argument"
run "$VEIKART" status set PLL gul --period 2021-05 "--comment=$(printf 'farge\033[31m')"
expect_status 2
grep -Fq 'control character U+001B' "$T/err" || fail "a control character was not refused"
run "$VEIKART" show "$(printf '\300\200')"
expect_status 2
grep -q "not UTF-8" "$T/err" || fail "an overlong UTF-8 form was not refused"
store_state "$T/after.yaml"
cmp -s "$T/before.yaml" "$T/after.yaml" || fail "the store changed"
