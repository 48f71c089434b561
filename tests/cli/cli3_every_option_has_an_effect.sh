# An option a command would not use is refused, never ignored: --db on demo (which
# writes its own store), a flag given a value, a subcommand's option on its parent; and
# every refusal names the command as typed ("status set").
. "$(dirname "$0")/lib.inc"
run "$VEIKART" --db other.db demo --out d
expect_status 2
grep -q -- "--db has no effect" "$T/err" || fail "demo took --db and ignored it"
[ ! -e d ] && [ ! -e other.db ] || fail "a refused demo wrote something"
run "$VEIKART" demo --out d --db other.db
expect_status 2
run "$VEIKART" list areas --archived=yes
expect_status 2
grep -q -- "option --archived takes no value" "$T/err" || fail "a flag took a value"
run "$VEIKART" status --comment x
expect_status 2
grep -q "unknown option '--comment' for status" "$T/err" || fail "status took --comment"
run "$VEIKART" status set PLL gul --period 2021-05 --format json
expect_status 2
grep -q "unknown option '--format' for status set" "$T/err" || fail "status set took --format"
run "$VEIKART" init extra
expect_status 2
grep -q "init takes no arguments, got 'extra'" "$T/err" || fail "init took an argument"
# -h as an option's value is that value, not a request for help: the report is stored
sample_store
run "$VEIKART" status set PLL gul --period 2021-05 --comment -h
expect_status 0
"$VEIKART" show PLL --format json | grep -q '"comment": "-h"' || fail "--comment -h was not stored"
# an alias is named as typed
run "$VEIKART" render roadmap -o
expect_status 2
grep -q "option -o/--output needs a value" "$T/err" || fail "-o without a value: $(cat "$T/err")"
