# LibreOffice opens the workbook without complaint, recalculates every formula (the
# profile below makes it always recalculate on load) to the value veikart stored, the
# Prioritering ranks among them, and finds no error values.
. "$(dirname "$0")/lib.inc"
command -v soffice >/dev/null || fail "soffice not installed (scripts/install-deps.sh installs it)"
"$VEIKART" demo --out demo >/dev/null
mkdir -p profile/user lo
cat >profile/user/registrymodifications.xcu <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
X
soffice -env:UserInstallation="file://$T/profile" --headless --convert-to xlsx --outdir lo \
	demo/portefolje.xlsx >lo.log 2>&1 || fail "LibreOffice could not open the workbook: $(cat lo.log)"
[ -s lo/portefolje.xlsx ] || fail "LibreOffice wrote nothing: $(cat lo.log)"
"$PY" - <<'P' || fail "recalculated values"
import openpyxl
src = openpyxl.load_workbook("demo/portefolje.xlsx")
ours = openpyxl.load_workbook("demo/portefolje.xlsx", data_only=True)
lo = openpyxl.load_workbook("lo/portefolje.xlsx", data_only=True)
n = ranks = 0
for ws in src.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("="):
                n += 1
                ranks += "SUMPRODUCT(" in c.value
                a, b = ours[ws.title][c.coordinate].value, lo[ws.title][c.coordinate].value
                ok = a == b or (isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) < 1e-9)
                assert ok, (ws.title, c.coordinate, c.value, a, b)
for ws in lo.worksheets:
    for row in ws.iter_rows(values_only=True):
        for v in row:
            assert not (isinstance(v, str) and (v.startswith("#") or v.startswith("Err:"))), (ws.title, v)
assert n > 100, n
assert ranks == 11, ranks  # the Prioritering ranks (xlsx_weights_rerank.sh changes a weight)
print("formulas checked:", n)
P
