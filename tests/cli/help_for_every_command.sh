# --help works for the program and every command, on stdout with exit 0.
. "$(dirname "$0")/lib.inc"
"$VEIKART" --help | grep -q "^usage: veikart" || fail "veikart --help"
"$VEIKART" --version | grep -Eq "^veikart [0-9]+\.[0-9]+" || fail "--version"
for c in init import list show check demo; do
	run "$VEIKART" "$c" --help
	expect_status 0
	grep -q "^usage: veikart .* $c" "$T/out" || fail "$c --help"
	"$VEIKART" help "$c" | cmp -s - "$T/out" || fail "help $c differs from $c --help"
done
