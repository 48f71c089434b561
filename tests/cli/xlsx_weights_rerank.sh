# The Prioritering sheet's rank is a formula (veikart's order: the score, ties within
# 1e-9 to the higher Nytte, then Måloppnåelse, then the name) with veikart's rank as its
# value, an incomplete measure has none, and the weights are named cells the formulas
# use: LibreOffice recalculates the ranks veikart stored, and after a weight is changed
# in the sheet it ranks as `veikart score --weight` does.
D=$(cd "$(dirname "$0")" && pwd)
. "$D/lib.inc"
. "$D/xlsx_lo.inc"
demo_store
printf 'tiltak;M1;P1\nUfullstendig tiltak;5;4\n' >incomplete.csv
"$VEIKART" import incomplete.csv >/dev/null
"$VEIKART" score --format json >default.json
"$VEIKART" score --weight nytte=3 --weight M2=0 --format json >changed.json
"$VEIKART" export xlsx -o book.xlsx >/dev/null
"$PY" - <<'P' || fail "rank formulas and weight cells"
import json, openpyxl
want = {m["name"]: m["rank"] for m in json.load(open("default.json"))}
wb = openpyxl.load_workbook("book.xlsx")
ws = wb["Prioritering"]
head = [c.value for c in ws[1]]
rank, score = head.index("Rang"), head.index("Score")
vals = openpyxl.load_workbook("book.xlsx", data_only=True)["Prioritering"]
seen = 0
for r in range(2, ws.max_row + 1):
    name = ws.cell(r, 1).value
    if name not in want:
        continue
    seen += 1
    f = ws.cell(r, rank + 1).value
    assert isinstance(f, str) and f.startswith("=IF(ISNUMBER(") and "SUMPRODUCT(" in f, f
    v = vals.cell(r, rank + 1).value
    assert (v or None) == want[name], (name, v, want[name])
assert seen == len(want) == 12, (seen, len(want))
# the weights: named cells, used by the formulas
names = {d.name: d.attr_text for d in wb.defined_names.definedName}
assert names["Vekt_nytte"].startswith("Prioritering!$"), names
assert "Vekt_nytte*" in ws.cell(2, score + 1).value, ws.cell(2, score + 1).value
assert "Vekt_M2*" in "".join(str(c.value) for c in ws[2])
def cell(n):
    ref = names[n].split("!")[1].replace("$", "")
    return ws[ref]
assert cell("Vekt_nytte").value == 1 and cell("Vekt_M2").value == 1
cell("Vekt_nytte").value = 3
cell("Vekt_M2").value = 0
wb.save("changed.xlsx")
P
lo_recalc book.xlsx lo
lo_recalc changed.xlsx lo
"$PY" - <<'P' || fail "recalculated ranks"
import json, openpyxl
def ranks(path):
    ws = openpyxl.load_workbook(path, data_only=True)["Prioritering"]
    head = [c.value for c in ws[1]]
    return {ws.cell(r, 1).value: (ws.cell(r, head.index("Score") + 1).value, ws.cell(r, head.index("Rang") + 1).value or None)
            for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value}
for path, want in (("lo/book.xlsx", "default.json"), ("lo/changed.xlsx", "changed.json")):
    got = ranks(path)
    for m in json.load(open(want)):
        s, r = got[m["name"]]
        assert r == m["rank"], (path, m["name"], r, m["rank"])
        if m["rank"]:
            assert abs(s - m["score"]) < 1e-6, (path, m["name"], s, m["score"])
        else:
            assert s == "ufullstendig", s
    assert sorted(r for s, r in got.values() if r) == list(range(1, 12)), got
P
exit 0
