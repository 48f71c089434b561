# A comment longer than an Excel cell holds (32,767 characters), put straight into the
# store (the sheet importers refuse such text), fails the export with exit 73 and a
# message naming the item, the period and the cell: never an empty cell and exit 0.
# The file that was there stays, and no temporary file is left.
. "$(dirname "$0")/lib.inc"
demo_store
"$VEIKART" export xlsx -o book.xlsx >/dev/null
cp book.xlsx before.xlsx
sqlite3 "$VEIKART_DB" "UPDATE status_report SET comment = 'æ' || replace(hex(zeroblob(16384)), '00', 'ab')
	WHERE item_id = (SELECT id FROM item WHERE code = 'SAFEST')
	AND period_id = (SELECT id FROM period WHERE code = '2021-05')"
[ "$(sqlite3 "$VEIKART_DB" "SELECT length(comment) FROM status_report WHERE length(comment) > 32767")" = 32769 ] ||
	fail "the long comment is not in the store"
run "$VEIKART" export xlsx -o book.xlsx
expect_status 73
[ "$(wc -l <err)" -eq 1 ] || fail "expected one line on stderr"
grep -q "^veikart: book.xlsx: sheet Status, cell G[0-9]*: the comment of SAFEST for 2021-05 has 32769 characters; an Excel cell holds at most 32,767" err ||
	fail "message"
cmp -s book.xlsx before.xlsx || fail "the earlier workbook changed"
[ -z "$(ls -A | grep -v '^demo$\|^err$\|^out$\|^book.xlsx$\|^before.xlsx$')" ] || fail "files left: $(ls -A)"
# a comment of exactly 32,767 characters is written whole
sqlite3 "$VEIKART_DB" "UPDATE status_report SET comment = substr(comment, 1, 32767) WHERE length(comment) > 32767"
run "$VEIKART" export xlsx -o book.xlsx
expect_status 0
/usr/bin/python3 -c '
import openpyxl
st = openpyxl.load_workbook("book.xlsx")["Status"]
got = [c.value for c in st["G"] if c.value and len(c.value) == 32767]
assert len(got) == 1 and got[0].startswith("æabab"), len(got)
' || fail "the longest comment that fits"
exit 0
