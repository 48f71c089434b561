# --db and --lang may follow the command as well as precede it, with the same effect,
# and are still refused when given twice across both places.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" --lang en list areas >before.txt
run "$VEIKART" list areas --lang en
expect_status 0
cmp -s before.txt "$T/out" || fail "list areas --lang en differs from --lang en list areas"
mv "$VEIKART_DB" other.db
run "$VEIKART" show PLL --db other.db
expect_status 0
grep -q "PLL" "$T/out" || fail "show PLL --db other.db did not read other.db"
run "$VEIKART" --db other.db list areas --db other.db
expect_status 2
grep -q -- "--db given twice" "$T/err" || fail "--db before and after the command not refused"
run "$VEIKART" --lang en list areas --lang=nb
expect_status 2
grep -q -- "--lang given twice" "$T/err" || fail "--lang before and after not refused"
run "$VEIKART" list areas --lang de
expect_status 2
grep -q "unknown language 'de'" "$T/err" || fail "--lang de after the command not refused"
run "$VEIKART" remove PLL --purge --purge --db other.db
expect_status 2
grep -q -- "--purge given twice" "$T/err" || fail "a flag given twice not refused"
# between a command and its subcommand too
"$VEIKART" --db other.db import "$SAMPLES/status-2021.csv" >/dev/null
run "$VEIKART" status --db other.db set PLL gul --period 2021-05
expect_status 0
run "$VEIKART" status --lang=en --db=other.db set PLL rød --period 2021-05 --comment x
expect_status 0
grep -q "replaced" "$T/out" || fail "status --lang en set: not in English"
run "$VEIKART" --db other.db status --db other.db set PLL gul --period 2021-05
expect_status 2
grep -q -- "--db given twice" "$T/err" || fail "--db twice around status set not refused"
run "$VEIKART" status --help=1
expect_status 2
grep -q "option --help takes no value" "$T/err" || fail "--help=1 not refused as a flag with a value"
