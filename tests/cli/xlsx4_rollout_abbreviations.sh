# The Utrulling sheet names a quarter's phases by abbreviations that tell every phase kind
# of the portfolio apart: Innkjøp and Innføring are "Innk" and "Innf" (both showed "Inn",
# a quarter of both "Inn/Inn"), Utprøving beside them stays "Utp", two kinds of one name
# show their codes; the legend gives each name's abbreviation, and the note above the
# grid explains a cell of several phases by one of this portfolio's own ("Innk/Innf", not
# "Utp/Inn"), or is left out when no quarter holds two.
D=$(cd "$(dirname "$0")" && pwd)
. "$D/lib.inc"
cat >p.yaml <<'Y'
veikart: 1
status_date: 2025-06-30
phases:
  - {code: innkjop, name: Innkjøp, colour: "#D9A7E6"}
  - {code: innforing, name: Innføring, colour: "#5DA271"}
  - {code: utproving, name: Utprøving, colour: "#F2C14E"}
  - {code: drift-a, name: Drift, colour: "#888888"}
  - {code: drift-b, name: drift, colour: "#AAAAAA"}
programmes:
  - code: R
    name: Rollout
    phases: [{phase: innforing, start: 2025, end: 2025}]
    rollout:
      - area: bergen
        phases: [{phase: innkjop, start: 2025-Q1, end: 2025-Q2}, {phase: innforing, start: 2025-Q3, end: 2025-Q4}]
      - area: stavanger
        phases: [{phase: innkjop, start: 2025-01, end: 2025-02}, {phase: innforing, start: 2025-03, end: 2025-Q4}]
      - area: forde
        phases: [{phase: utproving, start: 2026-Q1, end: 2026-Q1}, {phase: drift-a, start: 2026-Q2, end: 2026-Q2}, {phase: drift-b, start: 2026-Q3, end: 2026-Q3}]
Y
"$VEIKART" init >/dev/null
"$VEIKART" import p.yaml >/dev/null
"$VEIKART" export xlsx -o book.xlsx >/dev/null
"$VEIKART" --lang en export xlsx -o en.xlsx >/dev/null
"$PY" - <<'P' || fail "Utrulling abbreviations"
import openpyxl
ws = openpyxl.load_workbook("book.xlsx")["Utrulling"]
rows = {r[0]: r[1:] for r in ws.iter_rows(values_only=True) if r[0]}
legend = [v for v in rows["Faser:"] if v]
assert legend == ["Innkjøp (Innk)", "Innføring (Innf)", "Utprøving (Utp)", "Drift (drift-a)", "drift (drift-b)"], legend
assert list(rows["Helse Bergen"][:4]) == ["Innk", "Innk", "Innf", "Innf"], rows["Helse Bergen"]
assert rows["Helse Stavanger"][0] == "Innk/Innf", rows["Helse Stavanger"]
assert list(rows["Helse Førde"][4:7]) == ["Utp", "drift-a", "drift-b"], rows["Helse Førde"]
note = ws.cell(2, 1).value
assert "«Innk/Innf»" in note and "Utp/Inn»" not in note, note
en = openpyxl.load_workbook("en.xlsx").worksheets[2].cell(2, 1).value
assert '"Innk/Innf"' in en, en
P
# no quarter with two phases: no example to give
sed -i 's/end: 2025-02}, {phase: innforing, start: 2025-03/end: 2025-03}, {phase: innforing, start: 2025-04/' p.yaml
"$VEIKART" import p.yaml >/dev/null
"$VEIKART" export xlsx -o one.xlsx >/dev/null
"$PY" - <<'P' || fail "the note without overlaps"
import openpyxl
ws = openpyxl.load_workbook("one.xlsx")["Utrulling"]
cells = [c.value for r in ws.iter_rows() for c in r if isinstance(c.value, str)]
assert not any("/" in v for v in cells), cells
assert ws.cell(2, 1).value is None, ws.cell(2, 1).value
P
exit 0
