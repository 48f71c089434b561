# A workbook that does not fit (the file size limit, ulimit -f; and, where this test may
# mount a small tmpfs, a full disk) fails with exit 73 and exactly one line on stderr,
# "veikart: ...", none of libxlsxwriter's own "[ERROR]" lines, and leaves no file: the
# room is checked before libxlsxwriter starts, which would otherwise write damaged parts
# without noticing, and its messages never reach the terminal.
. "$(dirname "$0")/lib.inc"
M=
trap '[ -z "$M" ] || umount "$T/full"; rm -rf "$T"' EXIT
demo_store
# ten comments of 30,000 characters that do not compress away: about 300 KB of text
sqlite3 "$VEIKART_DB" "UPDATE status_report SET comment = hex(randomblob(15000))
	WHERE (item_id, period_id) IN (SELECT item_id, period_id FROM status_report
		WHERE period_id = (SELECT id FROM period ORDER BY start_date DESC LIMIT 1) LIMIT 10)"
"$VEIKART" export xlsx -o whole.xlsx >/dev/null
[ "$(wc -c <whole.xlsx)" -gt 150000 ] || fail "the workbook is too small for this test: $(wc -c <whole.xlsx)"
mkdir o
one_line() { # $1: what
	[ "$status" -eq 73 ] || fail "$1: expected exit 73, got $status"
	[ "$(wc -l <"$T/err")" -eq 1 ] || fail "$1: expected one line on stderr"
	grep -q '^veikart: ' "$T/err" || fail "$1: not a veikart line"
	[ -z "$(ls -A o)" ] || fail "$1: files left: $(ls -A o)"
}
(
	ulimit -f 100 # blocks (dash: 512 bytes): room for the store's shared-memory file, not the workbook
	trap '' XFSZ
	run "$VEIKART" export xlsx -o o/book.xlsx
	echo "$status" >o.status
)
status=$(cat o.status)
one_line "ulimit -f"
sed 's/^/  /' err >&2
mkdir full
if mount -t tmpfs -o size=400k tmpfs full 2>/dev/null; then
	M=full
	head -c 300000 /dev/zero >full/pad
	run "$VEIKART" export xlsx -o full/book.xlsx
	rm full/pad
	[ "$(ls -A full)" = "" ] || fail "full disk: files left: $(ls -A full)"
	mkdir -p o && one_line "full disk"
	grep -q "not enough room" err || fail "full disk: message"
	sed 's/^/  /' err >&2
else
	echo "note: cannot mount a tmpfs here; the full disk is tried through ulimit -f only" >&2
fi
exit 0
