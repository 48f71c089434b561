# --help works for the program and every command, on stdout with exit 0; the commands
# come from 'veikart --help' and their options from each command's --help, both printed
# from the command table, and every option a help lists is one the parser takes.
. "$(dirname "$0")/lib.inc"
"$VEIKART" --help | grep -q "^usage: veikart" || fail "veikart --help"
"$VEIKART" --version | grep -Eq "^veikart [0-9]+\.[0-9]+" || fail "--version"
commands=$("$VEIKART" --help | sed -n '/^commands:/,/^$/p' | awk 'NF > 1 {print $1}')
[ "$(printf '%s\n' "$commands" | wc -l)" -ge 12 ] || fail "veikart --help lists too few commands"
for c in $commands; do
	run "$VEIKART" "$c" --help
	expect_status 0
	grep -q "^usage: veikart .* $c" "$T/out" || fail "$c --help"
	"$VEIKART" help "$c" | cmp -s - "$T/out" || fail "help $c differs from $c --help"
	# every option in the help is one the command knows (its value or effect may still
	# be refused, but never as an unknown option)
	for o in $(awk '/^options:/ { f = 1; next } f && /^$/ { exit } f' "$T/out" |
		grep -Eo '^  (-[a-z], )?--[a-z-]+' | sed 's/.*--/--/'); do
		run "$VEIKART" "$c" "$o" x
		grep -q "unknown option" "$T/err" && fail "$c --help lists $o, which $c refuses"
	done
done
# a subcommand's help is its own, and its options are the subcommand's
run "$VEIKART" status set --help
expect_status 0
grep -q "^usage: veikart .* status set CODE COLOUR" "$T/out" || fail "status set --help"
run "$VEIKART" status set PLL gul --period 2021-05 --trend
grep -q "unknown option '--trend' for status set" "$T/err" || fail "status set took --trend"
