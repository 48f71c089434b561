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
