# Text from the store is shown escaped on a terminal (a name with an escape sequence
# cannot clear the screen or recolour it) and kept byte for byte through a pipe.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" >/dev/null
# written straight into the store, as an older veikart or another writer could have
sqlite3 "$VEIKART_DB" "UPDATE item SET name = 'Legemidler' || char(27) || '[2J' || char(7) || ' og mer', description = 'linje 1' || char(10) || 'linje 2' || char(27) || '[31m' WHERE code = 'PLL'"
# a red report's comment, as a sheet from another tool could have held it
sqlite3 "$VEIKART_DB" "UPDATE status_report SET colour = 'rod', comment = 'forsinket' || char(27) || ']0;tittel' || char(7) || char(13) || 'grønn' WHERE item_id = (SELECT id FROM item WHERE code = 'PLL') AND period_id = (SELECT max(id) FROM period)"
# on_tty CMD...: runs CMD with its stdout on a pseudo-terminal; the bytes it wrote in $T/tty
on_tty() {
	python3 - "$@" >"$T/tty" <<'PY'
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
data = b""
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
os.waitpid(pid, 0)
sys.stdout.buffer.write(data)
PY
}
for cmd in "list programmes" "show PLL"; do
	# shellcheck disable=SC2086 # the command is words
	on_tty "$VEIKART" $cmd
	grep -q "$(printf '\033')" "$T/tty" && fail "$cmd: an ESC byte reached the terminal"
	grep -q "$(printf '\007')" "$T/tty" && fail "$cmd: a BEL byte reached the terminal"
	grep -Fq 'Legemidler\x1b[2J\x07 og mer' "$T/tty" || fail "$cmd: the name is not shown escaped"
done
# a description may have several lines: its newline stays, the escape does not
on_tty "$VEIKART" status
grep -q "$(printf '\033')" "$T/tty" && fail "status: an ESC byte reached the terminal"
grep -Fq 'forsinket\x1b]0;tittel\x07grønn' "$T/tty" || fail "status: the comment is not shown escaped"
on_tty "$VEIKART" show PLL
grep -Fq 'linje 2\x1b[31m' "$T/tty" || fail "show: the description is not shown escaped"
grep -Fq 'linje 1\n' "$T/tty" && fail "show: the description's newline is shown escaped"
# through a pipe the text is the store's, byte for byte
"$VEIKART" show PLL >"$T/out"
grep -q "$(printf 'Legemidler\033\\[2J\007 og mer')" "$T/out" || fail "a pipe did not get the name as stored"
