# The Oppsummering counts and budget follow rows a user adds to the Status sheet: they
# refer to the Status table's columns by name (Statustabell[Status 2021-05]), and in
# constant-memory mode (more than 5,000 items, no table) to whole columns. LibreOffice
# recalculates them after a row is added: one more "rød", 10 MNOK more.
D=$(cd "$(dirname "$0")" && pwd)
. "$D/lib.inc"
. "$D/xlsx_lo.inc"
demo_store
"$VEIKART" export xlsx -o book.xlsx >/dev/null
# a store of more than 5,000 items: constant-memory mode
cp "$VEIKART_DB" big.db
sqlite3 big.db "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
	INSERT INTO item(kind, code, name, ord) SELECT 'programme', 'X' || i, 'Ekstra ' || i, 1000 + i FROM n"
VEIKART_DB=big.db "$VEIKART" export xlsx -o big.xlsx >/dev/null
"$PY" - <<'P' || fail "adding a row"
import openpyxl
for path, table in (("book.xlsx", True), ("big.xlsx", False)):
    wb = openpyxl.load_workbook(path)
    st, su = wb["Status"], wb["Oppsummering"]
    last = su.max_row
    while not su.cell(last, 1).value:
        last -= 1
    f = su.cell(last, 4).value
    if table:
        assert f == '=COUNTIF(Statustabell[Status 2021-05],"rød")', f
        assert su.cell(last, 11).value == '=IF(COUNT(Statustabell[Budsjett (MNOK)])=0,"",SUM(Statustabell[Budsjett (MNOK)]))', su.cell(last, 11).value
        t = st.tables["Statustabell"]
        first, end = t.ref.split(":")
        row = st.max_row + 1
        t.ref = t.autoFilter.ref = "%s:%s%d" % (first, "".join(c for c in end if c.isalpha()), row)
    else:
        assert not st.tables and f == "=COUNTIF('Status'!F:F,\"rød\")", f
        assert su.cell(last, 11).value == "=IF(COUNT('Status'!H:H)=0,\"\",SUM('Status'!H:H))", su.cell(last, 11).value
        row = st.max_row + 1
    st.cell(row, 1).value = "NY"
    st.cell(row, 6).value = "rød"
    st.cell(row, 8).value = 10
    wb.save("added-" + path)
P
for f in book big; do
	lo_recalc $f.xlsx lo
	lo_recalc added-$f.xlsx lo
done
"$PY" - <<'P' || fail "recalculated counts"
import openpyxl
def last(path):
    su = openpyxl.load_workbook(path, data_only=True)["Oppsummering"]
    r = su.max_row
    while not su.cell(r, 1).value:
        r -= 1
    return su.cell(r, 4).value, su.cell(r, 5).value, su.cell(r, 11).value
for f in ("book", "big"):
    ours, before, after = last(f + ".xlsx"), last("lo/" + f + ".xlsx"), last("lo/added-" + f + ".xlsx")
    assert ours[:2] == before[:2] and abs(ours[2] - before[2]) < 1e-9, (f, ours, before)
    assert after[0] == before[0] + 1 and after[1] == before[1] + 1, (f, before, after)
    assert abs(after[2] - before[2] - 10) < 1e-9, (f, before, after)
P
exit 0
