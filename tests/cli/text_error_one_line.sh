# An error quoting an argument is one escaped line: a newline in the argument cannot
# forge a second "veikart:" line, and an escape sequence never reaches the terminal.
. "$(dirname "$0")/lib.inc"
sample_store
nl='
'
esc=$(printf '\033')
run "$VEIKART" "li${nl}veikart: import done, 0 errors"
expect_status 2
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "expected one line on stderr"
grep -Fq "unknown command 'li\\nveikart: import done, 0 errors'" "$T/err" ||
	fail "the newline is not shown as \\n"
run "$VEIKART" show "PLL${esc}[2J${esc}]0;owned${nl}"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "expected one line on stderr"
if grep -q "$esc" "$T/err"; then fail "an ESC byte reached stderr"; fi
grep -Fq 'PLL\x1b[2J\x1b]0;owned\n' "$T/err" || fail "the escape sequence is not shown escaped"
