# What the portfolio file says of each programme and project is in the workbook: the
# Portefølje sheet has, for every live item, its kind, programme, owner, priority, span,
# every phase with its dates, what it depends on, its description and its budget per year
# (MNOK) with their sum as a formula, as `veikart show CODE --format json` gives them; the
# Prioritering sheet's weights say which group each criterion belongs to and which break
# ties, in order. (The workbook had none of description, priority, dependencies, phases
# or yearly budgets.)
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >pf.yaml <<'Y'
veikart: 1
status_date: 2025-06-30
programmes:
  - code: GRUNN
    name: Grunnmur
    owner: Norsk helsenett
    priority: 2
    description: "Felles grunnmur; \"kritisk\" for alt annet – også for Æøå."
    phases:
      - {phase: planlegging, start: 2023, end: 2024-H1}
      - {phase: innforing, start: 2024-Q2, end: 2026}
    budget: {2024: 12.5, 2026: 40.25}
    projects:
      - code: GRUNN-1
        name: Første steg
        phases: [{phase: utproving, start: 2024-03, end: 2024-09}]
  - code: PABYGG
    name: Påbygg
    depends_on: [GRUNN, GRUNN-1]
    phases: [{phase: behov, start: 2025, end: 2025}]
    budget: {2025: 3}
Y
"$VEIKART" import pf.yaml >/dev/null
codes="GRUNN GRUNN-1 PABYGG"
for c in $codes; do "$VEIKART" show "$c" --format json >"show-$c.json"; done
"$VEIKART" export xlsx -o book.xlsx >/dev/null
"$VEIKART" --lang en export xlsx -o en.xlsx >/dev/null
CODES="$codes" "$PY" - <<'P' || fail "the Portefølje sheet"
import datetime, json, os, openpyxl
wb = openpyxl.load_workbook("book.xlsx")
assert wb.sheetnames[-1] == "Portefølje", wb.sheetnames
ws = wb["Portefølje"]
vals = openpyxl.load_workbook("book.xlsx", data_only=True)["Portefølje"]
head = [c.value for c in ws[1]]
assert head[:11] == ["Kode", "Navn", "Type", "Program", "Eier", "Prioritet", "Start", "Slutt",
                     "Faser", "Avhenger av", "Beskrivelse"], head
rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
codes = os.environ["CODES"].split()
assert sorted(rows) == sorted(codes), (rows, codes)
names = {}
for c in codes:
    s = json.load(open(f"show-{c}.json"))
    r = rows[c]
    row = {h: vals.cell(r, k + 1).value for k, h in enumerate(head)}
    assert row["Navn"] == s["name"], row
    assert row["Type"] == {"programme": "program", "project": "prosjekt"}[s["kind"]], row
    assert (row["Program"] or None) == s["programme"], row
    assert (row["Eier"] or None) == s["owner"], row
    assert (row["Prioritet"] or None) == (s["priority"] or None), (row, s["priority"])
    assert (row["Beskrivelse"] or None) == s["description"], row
    assert (row["Avhenger av"] or "") == ", ".join(s["depends_on"]), row
    assert row["Start"] == datetime.datetime.fromisoformat(s["start"]), row
    assert row["Slutt"] == datetime.datetime.fromisoformat(s["end"]), row
    lines = row["Faser"].split("\n")
    assert len(lines) == len(s["phases"]), row
    for line, ph in zip(lines, s["phases"]):
        assert line.endswith(f'{ph["start"]} – {ph["end"]}'), (line, ph)
    budget = {int(y): v for y, v in s["budget_mnok"].items()}
    got = {int(h.split()[1]): row[h] for h in head if h.startswith("Budsjett 2") and row[h] is not None}
    assert got == budget, (c, got, budget)
    total = row["Budsjett i alt (MNOK)"]
    if budget:
        assert abs(total - sum(budget.values())) < 1e-9, (total, budget)
        assert ws.cell(r, len(head)).value.startswith("=SUM("), ws.cell(r, len(head)).value
    else:
        assert total is None, total
grunn = {h: vals.cell(rows["GRUNN"], k + 1).value for k, h in enumerate(head)}
assert grunn["Prioritet"] == 2 and "kritisk" in grunn["Beskrivelse"] and grunn["Eier"] == "Norsk helsenett"
assert [h for h in head if h.startswith("Budsjett 2")] == ["Budsjett 2024 (MNOK)", "Budsjett 2025 (MNOK)", "Budsjett 2026 (MNOK)"], head
assert grunn["Faser"].startswith("Planlegging 2023-01-01 – 2024-06-30"), grunn["Faser"]
# the weights block: group and tie-break order
p = wb["Prioritering"]
ph = [c.value for c in p[1]]
k = ph.index("Kriterium")
assert ph[k:k + 5] == ["Kriterium", "Kode", "Vekt", "Gruppe", "Bryter likhet (rekkefølge)"], ph
crit = {p.cell(r, k + 2).value: (p.cell(r, k + 4).value, p.cell(r, k + 5).value) for r in range(2, p.max_row + 1) if p.cell(r, k + 2).value}
assert crit["nytte"] == (None, 1) and crit["maal"] == (None, 2) and crit["kost"] == (None, None), crit
assert crit["P1"] == ("Pasient", None) and crit["pasient"] == ("Nytte", None) and crit["M1"] == ("Måloppnåelse", None), crit
en = openpyxl.load_workbook("en.xlsx")
assert en.sheetnames[-1] == "Portfolio" and en["Portfolio"]["J1"].value == "Depends on", en.sheetnames
P
exit 0
