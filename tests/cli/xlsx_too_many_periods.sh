# More periods than the Status sheet has columns (Excel: 16,384, XFD) are refused with
# a message that says so, exit 73 and no file: never a sheet cut at XFD without its
# table. An earlier period that fits (--period) still exports, every column there.
. "$(dirname "$0")/lib.inc"
demo_store
# 16,400 monthly periods from 1000-01, each with a report (straight into the store)
sqlite3 "$VEIKART_DB" "
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 16399)
INSERT OR IGNORE INTO period(code, start_date, end_date)
SELECT printf('%04d-%02d', 1000 + i / 12, i % 12 + 1), printf('%04d-%02d-01', 1000 + i / 12, i % 12 + 1),
       date(printf('%04d-%02d-01', 1000 + i / 12, i % 12 + 1), '+1 month', '-1 day') FROM n;
INSERT OR IGNORE INTO status_report SELECT (SELECT min(id) FROM item), id, 'gul', NULL, NULL FROM period;"
n=$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM period")
[ "$n" -gt 16384 ] || fail "only $n periods"
run "$VEIKART" export xlsx -o book.xlsx
expect_status 73
[ "$(wc -l <err)" -eq 1 ] || fail "expected one line on stderr"
grep -q "^veikart: book.xlsx: $n periods up to .* do not fit on the Status sheet: Excel has 16,384 columns" err ||
	fail "message"
[ -z "$(ls -A | grep -v '^demo$\|^err$\|^out$')" ] || fail "files left: $(ls -A)"
# the last period that fits: 8 fixed columns and 16,376 earlier periods
p=$(sqlite3 "$VEIKART_DB" "SELECT code FROM period ORDER BY start_date LIMIT 1 OFFSET 16376")
run "$VEIKART" export xlsx --period "$p" -o book.xlsx
expect_status 0
"$PY" - "$p" <<'P' || fail "the widest Status sheet"
import sys, openpyxl
wb = openpyxl.load_workbook("book.xlsx", read_only=True)
st = wb["Status"]
head = next(st.iter_rows(max_row=1, values_only=True))
assert len(head) == 16384 and head[5] == "Status " + sys.argv[1], (len(head), head[5])
assert head[-1] == "1000-01", head[-1]
P
exit 0
