# Commands on a store that does not exist exit 66 and do not create it.
. "$(dirname "$0")/lib.inc"
run "$VEIKART" --db nowhere.db list programmes
expect_status 66
grep -q "^veikart: nowhere.db: no store here" "$T/err" || fail "message"
[ ! -e nowhere.db ] || fail "store was created"
