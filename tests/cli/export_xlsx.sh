# The workbook read back with a real reader (openpyxl): sheets, the period's counts as
# formulas whose stored values match `veikart status`, colours with words, numbers,
# dates, the drop-down and the chart; the same store gives the same bytes; an
# unwritable destination fails with 73 and leaves nothing.
. "$(dirname "$0")/lib.inc"
demo_store
"$VEIKART" status --format json >status.json
"$VEIKART" export xlsx -o book.xlsx >/dev/null
"$PY" - <<'P' || fail "workbook"
import json, zipfile, datetime, openpyxl
s = json.load(open("status.json"))
wb = openpyxl.load_workbook("book.xlsx")
assert wb.sheetnames == ["Status", "Oppsummering", "Utrulling", "Milepæler", "Prioritering", "Kostnader", "Portefølje"], wb.sheetnames
st = wb["Status"]
head = [c.value for c in st[1]]
assert head[:8] == ["Kode", "Navn", "Eier", "Program", "Fase nå", "Status 2021-05", "Kommentar", "Budsjett (MNOK)"], head
assert head[8] == "2021-01"
assert st.freeze_panes == "B2" and list(st.tables.keys()) == ["Statustabell"]
dv = st.data_validations.dataValidation[0]
assert dv.type == "list" and dv.formula1 == '"grønn,gul,rød"' and str(dv.sqref).startswith("F2:F")
rows = {r[0].value: r for r in st.iter_rows(min_row=2)}
safest = rows["SAFEST"]
assert safest[5].value == "rød" and safest[5].font.b  # its colour follows the word (xlsx_status_colours.sh)
assert isinstance(safest[7].value, (int, float)) and safest[7].number_format == "#,##0.0##############"
# the summary: formulas, and the values a non-recalculating reader sees
f = wb["Oppsummering"]
assert f["B3"].value == '=COUNTIF(Statustabell[Status 2021-05],"grønn")', f["B3"].value
v = openpyxl.load_workbook("book.xlsx", data_only=True)["Oppsummering"]
row = [c.value for c in v[3]]
assert row[0] == s["period"] and row[1:5] == [s["counts"]["green"], s["counts"]["yellow"], s["counts"]["red"], s["total"]], row
# the shares are of the reports and the items without a report together, as status's
# JSON (xlsx_silent_shares.sh checks every period)
assert row[11] == s["counts"]["silent"] and abs(row[6] - s["share"]["yellow"]) < 0.001
assert row[8] == s["delta"]["yellow"] == -7 and row[9] == -1
assert abs(row[10] - s["budget_mnok"]) < 1e-9 and v["F3"].number_format == "0.0%"
assert wb["Oppsummering"]._charts, "no chart"
# dates are dates
m = wb["Milepæler"]
assert isinstance(m["A2"].value, datetime.datetime) and m["A2"].number_format == "dd.mm.yyyy"
dates = [c.value for c in m["A"][1:]]
assert dates == sorted(dates)
# priorities: PLL first with 22.75, the incomplete-free table of the council
p = openpyxl.load_workbook("book.xlsx", data_only=True)["Prioritering"]
assert p["A2"].value == "PLL" and abs(p["S2"].value - 22.75) < 1e-9 and p["T2"].value == 1, [c.value for c in p[2]]
assert p["G12"].value is None and abs(p["Q12"].value - 4) < 1e-9  # K3 missing, left out
# the rollout Gantt colours Bergen first
u = wb["Utrulling"]
names = [c.value for c in u["A"]]
assert "Helse Bergen" in names and "Helse Vest RHF" in names
# the NHN costs of DOMAIN.md, with totals as formulas
k = openpyxl.load_workbook("book.xlsx", data_only=True)["Kostnader"]
rows = {r[0]: r for r in k.iter_rows(values_only=True)}
head = rows["Løsning (MNOK)"]
assert head[1:6] == ("2021 budsjett", "2022 forskrift", "2022 faktisk", "2023 forskrift", "2024 estimat"), head
assert rows["Helsenorge"][1:7] == (217, 264, 279.5, 312, 330, 1123), rows["Helsenorge"]
assert rows["Sum"][1] == 766 and abs(rows["Sum"][3] - 565.1) < 1e-9, rows["Sum"]
assert wb["Kostnader"]["G2"].value == "=SUM(B2,C2,E2,F2)", wb["Kostnader"]["G2"].value
z = zipfile.ZipFile("book.xlsx")
assert "xl/charts/chart1.xml" in z.namelist()
P
sleep 1
"$VEIKART" export xlsx -o again.xlsx >/dev/null
cmp -s book.xlsx again.xlsx || fail "not byte-identical"
"$VEIKART" --lang en export xlsx --period 2021-01 -o en.xlsx >/dev/null
"$PY" -c '
import openpyxl
wb = openpyxl.load_workbook("en.xlsx")
assert wb.sheetnames[:2] == ["Status", "Summary"], wb.sheetnames
assert wb["Status"]["F1"].value == "Status 2021-01"
' || fail "English, --period"
run "$VEIKART" export xlsx -o no/such/dir/book.xlsx
expect_status 73
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "one line"
run "$VEIKART" export xlsx --period 1999-01 -o x.xlsx
expect_status 1
[ ! -e x.xlsx ] || fail "file left"
ls -a | grep -q '^\.' | grep -v '^\.\.\?$' && fail "temporary file left"
exit 0
