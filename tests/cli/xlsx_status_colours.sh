# Status colours follow the cell's word: conditional formats ("grønn", "gul", "rød")
# over the whole status columns below the header, not fixed fills, so a word typed in
# Excel (in a new row too) gets its colour. LibreOffice reads and keeps them.
D=$(cd "$(dirname "$0")" && pwd)
. "$D/lib.inc"
. "$D/xlsx_lo.inc"
demo_store
"$VEIKART" export xlsx -o book.xlsx >/dev/null
lo_recalc book.xlsx lo
"$PY" - <<'P' || fail "conditional formats"
import openpyxl
want = {'"grønn"': "2E7D32", '"gul"': "E8A800", '"rød"': "C62828"}
for path in ("book.xlsx", "lo/book.xlsx"):
    st = openpyxl.load_workbook(path)["Status"]
    last = st.max_column
    rules = {}
    for cf in st.conditional_formatting:
        for r in cf.rules:
            if r.type == "cellIs" and r.operator == "equal":
                for rng in str(cf.sqref).split():
                    rules.setdefault(r.formula[0], []).append((rng, r.dxf.fill.bgColor.rgb[-6:] if r.dxf.fill.bgColor.rgb else r.dxf.fill.fgColor.rgb[-6:]))
    assert set(rules) == set(want), (path, rules)
    for word, colour in want.items():
        cols = set()
        for rng, c in rules[word]:
            assert c.upper() == colour, (path, word, c)
            a, b = rng.split(":")
            lo, hi = openpyxl.utils.cell.coordinate_from_string(a), openpyxl.utils.cell.coordinate_from_string(b)
            assert lo[1] == 2 and hi[1] == 1048576, (path, rng)
            for k in range(openpyxl.utils.column_index_from_string(lo[0]), openpyxl.utils.column_index_from_string(hi[0]) + 1):
                cols.add(k)
        # the shown period (F) and every earlier one (I onwards), down to the sheet's end
        assert cols == {6} | set(range(9, last + 1)), (path, word, sorted(cols))
    if path == "book.xlsx":
        # the cells themselves carry no colour of their own
        for row in st.iter_rows(min_row=2, min_col=6, max_col=6):
            assert row[0].fill.fill_type in (None, "none"), (row[0].coordinate, row[0].fill.fill_type)
P
exit 0
