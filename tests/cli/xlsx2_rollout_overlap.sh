# The Utrulling sheet shows every phase that runs in some part of a quarter: where an
# area's utprøving (2025) and innføring (from 2025-Q3) overlap, K3 and K4 2025 say
# "Utp/Inn" in innføring's colour with a comment naming both phases with their dates
# (the sheet showed "Utp" there, as if innføring began in 2026); a phase of a few weeks
# that misses the middle of its quarter is shown too.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >overlap.yaml <<'Y'
veikart: 1
programmes:
  - code: OVL
    name: Overlapp
    phases: [{phase: innforing, start: 2025, end: 2026}]
    rollout:
      - area: bergen
        phases: [{phase: utproving, start: 2025-Q1, end: 2025-Q4}, {phase: innforing, start: 2025-Q3, end: 2026}]
      - area: stavanger
        phases: [{phase: utproving, start: 2025-08-20, end: 2025-09-30}]
Y
"$VEIKART" import overlap.yaml >/dev/null
"$VEIKART" export xlsx -o book.xlsx >/dev/null
"$PY" - <<'P' || fail "overlapping phases in Utrulling"
import openpyxl
ws = openpyxl.load_workbook("book.xlsx")["Utrulling"]
rows = {r[0].value: r for r in ws.iter_rows() if r[0].value}
head = [c.value for c in rows["Område"]]
def cell(area, q):
    return rows[area][head.index(q)]
got = [cell("Helse Bergen", q).value for q in head[1:9]]
assert got == ["Utp", "Utp", "Utp/Inn", "Utp/Inn", "Inn", "Inn", "Inn", "Inn"], got
both, inn, utp = cell("Helse Bergen", "K3 2025"), cell("Helse Bergen", "K1 2026"), cell("Helse Bergen", "K1 2025")
assert both.fill.fgColor.rgb == inn.fill.fgColor.rgb != utp.fill.fgColor.rgb, (both.fill.fgColor.rgb, inn.fill.fgColor.rgb)
note = both.comment.text
assert "Utprøving 2025-01-01 – 2025-12-31" in note and "Innføring 2025-07-01 – 2026-12-31" in note, note
assert utp.comment is None and inn.comment is None
short = [cell("Helse Stavanger", q).value for q in head[1:9]]
assert short == [None, None, "Utp", None, None, None, None, None], short
P
exit 0
