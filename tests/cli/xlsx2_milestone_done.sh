# The Milepæler sheet says whether each milestone is reached (`done: true` in the file):
# a column "Nådd" with ja or nei ("Done", yes or no, in English), which the sheet did not
# have although the store keeps it.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >ms.yaml <<'Y'
veikart: 1
status_date: 2025-06-30
programmes:
  - code: MS
    name: Milepæler
    phases: [{phase: innforing, start: 2021, end: 2030}]
    milestones:
      - {date: 2021-06-30, name: Tidlig beslutning, kind: decision, done: true}
      - {date: 2030-12-31, name: Sent mål, kind: goal}
Y
"$VEIKART" import ms.yaml >/dev/null
"$VEIKART" export xlsx -o book.xlsx >/dev/null
"$VEIKART" --lang en export xlsx -o en.xlsx >/dev/null
"$PY" - <<'P' || fail "milestones reached"
import openpyxl
for path, sheet, col, yes, no in (("book.xlsx", "Milepæler", "Nådd", "ja", "nei"),
                                  ("en.xlsx", "Milestones", "Done", "yes", "no")):
    ws = openpyxl.load_workbook(path)[sheet]
    head = [c.value for c in ws[1]]
    assert col in head, head
    got = {r[4]: r[head.index(col)] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert got == {"Tidlig beslutning": yes, "Sent mål": no}, got
    assert ws.auto_filter.ref.endswith(openpyxl.utils.get_column_letter(len(head)) + "3"), ws.auto_filter.ref
P
exit 0
