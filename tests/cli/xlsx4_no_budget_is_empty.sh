# A period where no report gives a budget has none, as 'veikart status' says ("–", null):
# the workbook's Oppsummering leaves its budget cell empty, for earlier periods (no value)
# and for the shown one (a formula that gives "" while the budget column holds no number,
# its cached value "" too), in both the table and the constant-memory layout; LibreOffice
# recalculates the same; a period with a budget keeps its sum, 0 MNOK included.
D=$(cd "$(dirname "$0")" && pwd)
. "$D/lib.inc"
. "$D/xlsx_lo.inc"
printf 'veikart: 1\ncadence: quarter\nprojects:\n  - {code: A, name: Alfa}\n  - {code: B, name: Beta}\n' >p.yaml
# 2025-Q1 none; 2025-Q2 a budget of 0 (a budget all the same); 2025-Q3 none, shown
printf 'periode;kode;status;budsjett\n2025-Q1;A;gul;\n2025-Q1;B;gul;\n2025-Q2;A;rød;0\n2025-Q2;B;grønn;\n2025-Q3;A;gul;\n' >s.csv
"$VEIKART" init >/dev/null
"$VEIKART" import p.yaml s.csv >/dev/null
"$VEIKART" status --trend --format json | tr -d ' \n' >trend.json
grep -q '"period":"2025-Q1"' trend.json || fail "no 2025-Q1 in the trend: $(cat trend.json)"
"$VEIKART" export xlsx -o book.xlsx >/dev/null
cp v.db big.db
sqlite3 big.db "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
	INSERT INTO item(kind, code, name, ord) SELECT 'programme', 'X' || i, 'Ekstra ' || i, 1000 + i FROM n"
VEIKART_DB=big.db "$VEIKART" export xlsx -o big.xlsx >/dev/null
for f in book big; do
	lo_recalc $f.xlsx lo
done
"$PY" - <<'P' || fail "budget cells"
import openpyxl
for name, ref in (("book", "Statustabell[Budsjett (MNOK)]"), ("big", "'Status'!H:H")):
    f = openpyxl.load_workbook(name + ".xlsx")["Oppsummering"]
    v = openpyxl.load_workbook(name + ".xlsx", data_only=True)["Oppsummering"]
    lo = openpyxl.load_workbook("lo/" + name + ".xlsx", data_only=True)["Oppsummering"]
    rows = {f.cell(r, 1).value: r for r in range(2, 5)}
    assert set(rows) == {"2025-Q1", "2025-Q2", "2025-Q3"}, (name, rows)
    q1, q2, q3 = rows["2025-Q1"], rows["2025-Q2"], rows["2025-Q3"]
    assert f.cell(q1, 11).value is None, (name, "Q1 stored", f.cell(q1, 11).value)
    assert v.cell(q2, 11).value == 0 and f.cell(q2, 11).value == 0, (name, "Q2", v.cell(q2, 11).value)
    want = '=IF(COUNT(%s)=0,"",SUM(%s))' % (ref, ref)
    assert f.cell(q3, 11).value == want, (name, f.cell(q3, 11).value, want)
    assert v.cell(q3, 11).value in (None, ""), (name, "Q3 cached", repr(v.cell(q3, 11).value))
    for r in (q1, q2, q3):
        a, b = v.cell(r, 11).value, lo.cell(r, 11).value
        assert (a in (None, "")) == (b in (None, "")) and (a in (None, "") or a == b), (name, r, a, b)
P
grep -q '"budget_mnok":null' trend.json || fail "status shows a budget: $(cat trend.json)"
exit 0
