# The Prioritering sheet ranks as `veikart score` does after LibreOffice recalculates it:
# a tie on the score and every tie-breaker goes to the name compared byte by byte
# ("Bravo nasjonal" before "akson lokal"), not ignoring case as Excel's < on text does,
# and not by the row either: after a weight is changed in the sheet so that two measures
# tie, they rank as `veikart score --weight` ranks them. The cached ranks are the
# recalculated ones. A criterion on its own that breaks ties and has an empty cell makes
# the measure incomplete in the sheet as in veikart (no rank in either).
D=$(cd "$(dirname "$0")" && pwd)
. "$D/lib.inc"
. "$D/xlsx_lo.inc"
"$VEIKART" init >/dev/null
# Bravo and akson tie on everything; alfa beats Zulu by Kostnader alone, so with
# Kostnader's weight 0 they tie too, and the name puts Zulu (Z is 0x5A) before alfa.
cat >scores.csv <<'C'
tiltak;M1;M2;K1;K2;K3;K4;P1;P2;H1;H2;I
akson lokal;5;5;5;5;5;5;5;5;5;5;5
Bravo nasjonal;5;5;5;5;5;5;5;5;5;5;5
alfa;4;4;7;7;7;7;4;4;4;4;4
Zulu;4;4;6;6;6;6;4;4;4;4;4
C
"$VEIKART" import scores.csv >/dev/null
"$VEIKART" score --format json >default.json
"$VEIKART" score --weight kost=0 --format json >changed.json
"$VEIKART" export xlsx -o book.xlsx >/dev/null
"$PY" - <<'P' || fail "veikart's own ranks"
import json
r = {m["name"]: m["rank"] for m in json.load(open("default.json"))}
assert r == {"Bravo nasjonal": 1, "akson lokal": 2, "alfa": 3, "Zulu": 4}, r
r = {m["name"]: m["rank"] for m in json.load(open("changed.json"))}
assert r["Zulu"] < r["alfa"] and r["Bravo nasjonal"] < r["akson lokal"], r
P
"$PY" - <<'P' || fail "changing a weight"
import openpyxl
wb = openpyxl.load_workbook("book.xlsx")
ref = {d.name: d.attr_text for d in wb.defined_names.definedName}["Vekt_kost"]
wb["Prioritering"][ref.split("!")[1].replace("$", "")].value = 0
wb.save("changed.xlsx")
P
lo_recalc book.xlsx lo
lo_recalc changed.xlsx lo
"$PY" - <<'P' || fail "recalculated ranks differ from veikart's"
import json, openpyxl
def ranks(path):
    ws = openpyxl.load_workbook(path, data_only=True)["Prioritering"]
    head = [c.value for c in ws[1]]
    return {ws.cell(r, 1).value: ws.cell(r, head.index("Rang") + 1).value
            for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value}
cached = ranks("book.xlsx")
for path, want in (("lo/book.xlsx", "default.json"), ("lo/changed.xlsx", "changed.json")):
    got = ranks(path)
    want = {m["name"]: m["rank"] for m in json.load(open(want))}
    assert got == want, (path, got, want)
assert cached == ranks("lo/book.xlsx"), (cached, ranks("lo/book.xlsx"))
P
# a model whose tie-breaker is a criterion on its own (X), empty for one measure
rm -f "$VEIKART_DB"
"$VEIKART" init >/dev/null
cat >model.yaml <<'Y'
veikart: 1
scoring:
  tiebreak: [X]
  criteria:
    - code: g
      name: Gruppe
      criteria: [{code: A, name: A}]
    - {code: X, name: Eget kriterium, weight: 0}
Y
printf 'tiltak;A;X\nuten X;5;\nmed X;5;3\nhøy X;5;4\nnull X;5;0\n' >x.csv
"$VEIKART" import model.yaml >/dev/null
"$VEIKART" import x.csv >/dev/null
"$VEIKART" score --format json >x.json
"$VEIKART" export xlsx -o x.xlsx >/dev/null
lo_recalc x.xlsx lo
"$PY" - <<'P' || fail "an empty tie-breaker cell"
import json, openpyxl
want = {m["name"]: m["rank"] or 0 for m in json.load(open("x.json"))}
assert want == {"høy X": 1, "med X": 2, "null X": 3, "uten X": 0}, want
for path in ("x.xlsx", "lo/x.xlsx"):
    ws = openpyxl.load_workbook(path, data_only=True)["Prioritering"]
    head = [c.value for c in ws[1]]
    got = {ws.cell(r, 1).value: (ws.cell(r, head.index("Rang") + 1).value or 0,
                                 ws.cell(r, head.index("Score") + 1).value)
           for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value}
    assert {k: v[0] for k, v in got.items()} == want, (path, got)
    assert got["uten X"][1] == "ufullstendig", (path, got)
P
exit 0
