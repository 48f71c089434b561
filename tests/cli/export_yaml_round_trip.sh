# `export yaml` gives the whole store as one portfolio file that `import` takes back:
# exported, imported into a new store and exported again, the two files are the same
# bytes, and so are both stores' JSON exports and their data tables read by code. For the
# demo store, the samples, and portfolios with every kind of text a user may write.
. "$(dirname "$0")/lib.inc"

# view DB: the data tables by code, not by id (ids differ between two stores)
view() {
	sqlite3 "$1" <<'SQL'
SELECT 'meta', key, value FROM meta WHERE key <> 'schema' ORDER BY key;
SELECT 'region', code, name, ord FROM region ORDER BY ord;
SELECT 'area', a.code, a.name, r.code, a.ord FROM area a JOIN region r ON r.id = a.region_id ORDER BY r.ord, a.ord;
SELECT 'phase', code, name, colour, ord FROM phase_kind ORDER BY ord;
SELECT 'item', i.kind, i.code, i.name, quote(i.owner), quote(i.description), quote(p.code),
  quote(i.priority), i.archived FROM item i LEFT JOIN item p ON p.id = i.parent_id ORDER BY i.code;
SELECT 'span', i.code, k.code, s.start_date, s.end_date, s.ord FROM item_phase s
  JOIN item i ON i.id = s.item_id JOIN phase_kind k ON k.id = s.phase_id ORDER BY i.code, s.ord;
SELECT 'milestone', i.code, m.name, m.kind, m.date, m.done, m.ord FROM milestone m
  JOIN item i ON i.id = m.item_id ORDER BY i.code, m.ord;
SELECT 'dep', i.code, d.code, x.ord FROM dependency x JOIN item i ON i.id = x.item_id
  JOIN item d ON d.id = x.depends_on_id ORDER BY i.code, x.ord;
SELECT 'rollout', i.code, a.code, k.code, r.start_date, r.end_date, r.ord FROM rollout r
  JOIN item i ON i.id = r.item_id JOIN area a ON a.id = r.area_id
  JOIN phase_kind k ON k.id = r.phase_id ORDER BY i.code, r.ord;
SELECT 'budget', i.code, b.year, b.mnok FROM budget b JOIN item i ON i.id = b.item_id ORDER BY i.code, b.year;
SELECT 'absence', i.code, quote(a.after_date), quote(a.until_date) FROM item_absence a
  JOIN item i ON i.id = a.item_id ORDER BY i.code, a.after_date;
SELECT 'period', code, start_date, end_date FROM period ORDER BY start_date, end_date;
SELECT 'report', p.code, i.code, r.colour, quote(r.comment), quote(r.budget_mnok) FROM status_report r
  JOIN item i ON i.id = r.item_id JOIN period p ON p.id = r.period_id ORDER BY p.code, i.code;
SELECT 'criterion', c.code, c.name, quote(p.code), c.weight, c.tiebreak FROM criterion c
  LEFT JOIN criterion p ON p.id = c.parent_id ORDER BY c.code;
SELECT 'measure', m.name, quote(i.code), m.ord FROM measure m LEFT JOIN item i ON i.id = m.item_id ORDER BY m.ord;
SELECT 'score', m.name, c.code, s.value FROM score s JOIN measure m ON m.id = s.measure_id
  JOIN criterion c ON c.id = s.criterion_id ORDER BY m.name, c.code;
SELECT 'cost', s.name, c.year, c.kind, c.mnok FROM cost c JOIN solution s ON s.id = c.solution_id
  ORDER BY s.ord, c.year, c.kind;
SQL
}

# round_trip DB NAME: export DB, import into a new store, export again; all the same
round_trip() {
	db=$1
	name=$2
	run "$VEIKART" --db "$db" export yaml -o "$name-1.yaml"
	expect_status 0
	rm -f "$name-2.db"
	"$VEIKART" --db "$name-2.db" init >/dev/null
	run "$VEIKART" --db "$name-2.db" import "$name-1.yaml"
	[ "$status" -eq 0 ] || fail "$name: the export does not import"
	run "$VEIKART" --db "$name-2.db" export yaml -o "$name-2.yaml"
	expect_status 0
	cmp -s "$name-1.yaml" "$name-2.yaml" || {
		diff "$name-1.yaml" "$name-2.yaml" | head -20 >&2
		fail "$name: the second export differs from the first"
	}
	"$VEIKART" --db "$db" export json -o "$name-1.json" >/dev/null
	"$VEIKART" --db "$name-2.db" export json -o "$name-2.json" >/dev/null
	cmp -s "$name-1.json" "$name-2.json" || fail "$name: the JSON exports differ"
	view "$db" >"$name-1.view"
	view "$name-2.db" >"$name-2.view"
	cmp -s "$name-1.view" "$name-2.view" || {
		diff "$name-1.view" "$name-2.view" | head -20 >&2
		fail "$name: the stores differ"
	}
}

# the demo store: the samples' portfolio, status reports, scores and costs
"$VEIKART" demo --out demo >/dev/null 2>&1
round_trip demo/veikart.db demo
grep -q '^reports:' demo-1.yaml && grep -q '^scores:' demo-1.yaml &&
	grep -q '^costs:' demo-1.yaml || fail "demo: a data section is missing"

# the sample portfolio alone
"$VEIKART" --db sample.db init >/dev/null
"$VEIKART" --db sample.db import "$SAMPLES/portfolio.yaml" >/dev/null
round_trip sample.db sample

# the portfolios the other tests build (quoted here-documents starting 'veikart: 1'):
# each that imports into a new store goes round
mkdir scripts
python3 - "$(cd "$(dirname "$0")" && pwd)" <<'PY'
import glob, os, re, sys
n = 0
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.sh"))):
    lines = open(f, encoding="utf-8", errors="replace").read().split("\n")
    i = 0
    while i < len(lines):
        m = re.search(r"<<-?\s*'([A-Za-z]+)'", lines[i])
        i += 1
        if not m:
            continue
        body = []
        while i < len(lines) and lines[i].strip() != m.group(1):
            body.append(lines[i])
            i += 1
        if body and body[0].startswith("veikart: 1"):
            n += 1
            open("scripts/%03d.yaml" % n, "w").write("\n".join(body) + "\n")
PY
went=0
for f in scripts/*.yaml; do
	rm -f script.db
	"$VEIKART" --db script.db init >/dev/null
	"$VEIKART" --db script.db import "$f" >/dev/null 2>&1 || continue
	round_trip script.db "script-$(basename "$f" .yaml)"
	went=$((went + 1))
done
[ "$went" -ge 20 ] || fail "only $went of the tests' portfolios went round"

# text of every kind: quotes, colons, '#', newlines, tabs, leading and trailing spaces,
# YAML keywords and numbers as text, æøå and emoji, and a 32,767-character cell
long=$(head -c 32767 /dev/zero | tr '\0' x)
cat >text.yaml <<YAML
veikart: 1
title: "Sak 15/23: \"fem\" tiltak, fast # ikke en kommentar"
status_date: 2024-05-31
cadence: tertial
phases:
  - {code: konsept, name: "  Konsept  ", colour: "#B3C7E6"}
  - {code: innforing, name: "no", colour: "#5DA271"}
regions:
  - {code: vest, name: "null", areas: [{code: bergen, name: "017"}, {code: "yes", name: "true"}]}
scoring:
  tiebreak: [nytte]
  criteria:
    - {code: nytte, name: "Nytte: for hvem?", weight: 2.5, criteria: [{code: N1, name: "- liste"}, {code: N2, name: "[x]", weight: 0.1}]}
    - {code: kost, name: "Kost", criteria: [{code: K1, name: "K1"}]}
programmes:
  - code: PLL
    name: "Pasientens legemiddelliste"
    owner: "Helsedirektoratet\tog KS"
    priority: 1
    description: "Linje én\nLinje to: \"sitat\"\n  innrykket\n# ikke kommentar\n"
    phases:
      - {phase: konsept, start: 2023, end: 2024-H1}
      - {phase: innforing, start: 2024-H2, end: 2027}
    milestones:
      - {date: 2024-03, name: "Beslutning: gå videre", kind: decision, done: true}
      - {date: 2027, name: "Mål 😀", kind: goal}
    depends_on: [SFM]
    rollout:
      - {area: bergen, phases: [{phase: konsept, start: 2023-Q1, end: 2023-Q4}, {phase: innforing, start: 2024, end: 2025}]}
      - {area: "yes", phases: [{phase: innforing, start: 2025, end: 2026}]}
    budget: {2023: 0.1, 2024: 1723.45, 2025: 1.234, 2026: 0}
    projects:
      - {code: SFM, name: "Sentral forskrivningsmodul", description: "$long"}
projects:
  - {code: "017", name: "Tall som tekst", owner: "yes"}
  - {code: ALONE, name: "Frittstående", priority: 3}
reports:
  - {period: 2021-T1, code: PLL, status: gul, budget: 0.1, comment: "Forsinket: \"leverandør\"\nneste linje"}
  - {period: 2021-T1, code: SFM, status: grønn}
  - {period: 2021-T2, code: PLL, status: rød, budget: 1723.45, comment: "  mellomrom  "}
  - {period: 2021-T2, code: "017", status: gul, comment: "null"}
scores:
  - {measure: "PLL: legemidler", code: PLL, values: {N1: 8, N2: 7.5, K1: 3}}
  - {measure: "Uten kode", values: {N1: 2}}
  - {measure: "Tom", values: {}}
costs:
  - {solution: "Kjernejournal; «sitat»", year: 2023, kind: budget, mnok: 0.05}
  - {solution: "Kjernejournal; «sitat»", year: 2023, kind: actual, mnok: 1723.45}
YAML
"$VEIKART" --db text.db init >/dev/null
run "$VEIKART" --db text.db import text.yaml
expect_status 0
grep -q '^statusrapporter 2021-T1: 2 nye' "$T/out" || fail "reports: not summed up as a sheet's"
round_trip text.db text

# a renamed item, a Windows-1252 status sheet, a score sheet with an empty value, costs
"$VEIKART" --db sheets.db init >/dev/null
"$VEIKART" --db sheets.db import "$SAMPLES/portfolio.yaml" "$SAMPLES/scores-2023.csv" \
	"$SAMPLES/costs-nhn.csv" >/dev/null
"$VEIKART" --db sheets.db rename PLL PLL-NY >/dev/null
printf 'periode;kode;status;kommentar;budsjett\r\n2021-05;PLL-NY;gul;"Bl\345b\346r; \253sitat\273\r\nlinje to";1 723,45\r\n2021-05;SFM;gr\370nn;;0,1\r\n' >cp1252.csv
"$VEIKART" --db sheets.db import cp1252.csv >/dev/null 2>&1
printf 'tiltak;kode;M1;M2;K1;K2;K3;K4;P1;P2;H1;H2;I\r\nNytt tiltak;DOKUMENTDELING;7;;8;7;8;9;8;8;6;8;1\r\n' >empty-score.csv
"$VEIKART" --db sheets.db import empty-score.csv >/dev/null
round_trip sheets.db sheets
grep -q 'code: PLL-NY' sheets-1.yaml || fail "the renamed code is not exported"
grep -q 'Blåbær; «sitat»\\nlinje to' sheets-1.yaml || fail "the Windows-1252 comment is not exported as UTF-8"

# the sheets the import reads: export csv of each, imported with the portfolio, gives
# the same store
for what in reports scores costs; do
	run "$VEIKART" --db sheets.db export csv --what $what -o $what.csv
	expect_status 0
done
"$VEIKART" --db sheets.db export yaml -o plan.yaml >/dev/null
sed -n '/^reports:/q;p' plan.yaml >plan-only.yaml
"$VEIKART" --db csv.db init >/dev/null
run "$VEIKART" --db csv.db import plan-only.yaml reports.csv scores.csv costs.csv
[ "$status" -eq 0 ] || fail "the exported sheets do not import"
view sheets.db >sheets.view
view csv.db >csv.view
cmp -s sheets.view csv.view || {
	diff sheets.view csv.view | head >&2
	fail "the sheets do not give the same store"
}

# archived and restored items: archived by 'remove' (before any period, a programme with
# its project, a project) and by a file that drops them (a project whose programme stays),
# one brought back, one brought back and archived again; reports in every period. The new
# store has the same archived items, plans and times out of the plan, so every period's
# status (counts, "uten rapport", the red list) is the same.
cat >h1.yaml <<'YAML'
veikart: 1
cadence: month
programmes:
  - code: P
    name: "Programmet"
    phases: [{phase: innforing, start: 2021, end: 2022}]
    rollout: [{area: bergen, phases: [{phase: innforing, start: 2021, end: 2021}]}]
    projects:
      - {code: Pa, name: "Del a", phases: [{phase: innforing, start: 2021, end: 2022}]}
      - {code: Pb, name: "Del b", phases: [{phase: utproving, start: 2021, end: 2021-06}], depends_on: [Pa]}
  - code: Q
    name: "Kvart"
    budget: {2021: 12.5}
    rollout: [{area: ous, phases: [{phase: innforing, start: 2021, end: 2021}]}]
    projects:
      - {code: Qa, name: "Kvart a", milestones: [{date: 2021-06, name: "Levert", kind: delivery, done: true}]}
projects:
  - {code: A, name: "Alfa", phases: [{phase: innforing, start: 2021, end: 2022}]}
  - {code: B, name: "Beta", owner: "KS", priority: 2, description: "går ut av planen"}
  - {code: R, name: "Retur", phases: [{phase: innforing, start: 2021, end: 2022}]}
  - {code: S, name: "Snu", phases: [{phase: innforing, start: 2021, end: 2022}]}
  - {code: Z, name: "Tidlig ute"}
scores:
  - {measure: "Beta-tiltaket", code: B, values: {M1: 8, K1: 3}}
YAML
cat >h2.yaml <<'YAML'
veikart: 1
programmes:
  - code: P
    name: "Programmet"
    phases: [{phase: innforing, start: 2021, end: 2022}]
    rollout: [{area: bergen, phases: [{phase: innforing, start: 2021, end: 2021}]}]
    projects:
      - {code: Pa, name: "Del a", phases: [{phase: innforing, start: 2021, end: 2022}]}
projects:
  - {code: A, name: "Alfa", phases: [{phase: innforing, start: 2021, end: 2022}]}
  - {code: R, name: "Retur", phases: [{phase: innforing, start: 2021, end: 2022}]}
  - {code: S, name: "Snu", phases: [{phase: innforing, start: 2021, end: 2022}]}
YAML
cat >h3.yaml <<'YAML'
veikart: 1
projects:
  - {code: R, name: "Retur", phases: [{phase: innforing, start: 2021, end: 2022}]}
  - {code: S, name: "Snu", phases: [{phase: innforing, start: 2021, end: 2022}]}
YAML
month() { # month DB PERIOD CODE:COLOUR...
	hdb=$1 hp=$2
	shift 2
	printf 'periode;kode;status;kommentar\n' >m.csv
	for r in "$@"; do printf '%s;%s;%s;%s\n' "$hp" "${r%%:*}" "${r#*:}" "i $hp" >>m.csv; done
	"$VEIKART" --db "$hdb" import m.csv >/dev/null || fail "history: $hp does not import"
}
"$VEIKART" --db hist.db init >/dev/null
"$VEIKART" --db hist.db import h1.yaml >/dev/null
"$VEIKART" --db hist.db remove Z >/dev/null
month hist.db 2021-01 P:gul Pa:grønn Pb:rød Q:gul Qa:grønn A:grønn B:rød R:gul S:gul
"$VEIKART" --db hist.db remove B >/dev/null
"$VEIKART" --db hist.db remove Q >/dev/null
month hist.db 2021-02 P:gul Pa:grønn Pb:gul A:rød R:gul
"$VEIKART" --db hist.db import h2.yaml >/dev/null
"$VEIKART" --db hist.db remove R >/dev/null
"$VEIKART" --db hist.db remove S >/dev/null
month hist.db 2021-03 P:grønn A:gul
"$VEIKART" --db hist.db import h3.yaml >/dev/null
month hist.db 2021-04 P:rød A:grønn R:rød S:gul
"$VEIKART" --db hist.db remove S >/dev/null
month hist.db 2021-05 P:gul A:gul R:grønn
round_trip hist.db hist
python3 - <<'PY' || fail "history: the archived items or their times out of the plan differ"
import json
d = json.load(open("hist-2.json"))
arch = {i["code"]: i for i in d["archived"]}
assert sorted(arch) == ["B", "Pb", "Q", "Qa", "S", "Z"], sorted(arch)
assert arch["Pb"]["programme"] == "P" and arch["Qa"]["programme"] == "Q", arch["Pb"]
assert arch["Z"]["absences"] == [{"after": None, "until": None}], arch["Z"]
assert arch["S"]["absences"] == [{"after": "2021-02-28", "until": "2021-03-31"},
                                 {"after": "2021-04-30", "until": None}], arch["S"]
live = {i["code"]: i for i in d["items"]}
assert live["R"]["absences"] == [{"after": "2021-02-28", "until": "2021-03-31"}], live["R"]
PY
grep -q '^    absences: \[{after: 2021-02-28, until: 2021-03-31}\]$' hist-1.yaml ||
	fail "history: R's time out of the plan is not written as a key"
grep -q '^    absences: \[{}\]$' hist-1.yaml || fail "history: Z's open absence is not written"
for p in 2021-01 2021-02 2021-03 2021-04 2021-05; do
	"$VEIKART" --db hist.db status --period $p --format json >st-1.json
	"$VEIKART" --db hist-2.db status --period $p --format json >st-2.json
	cmp -s st-1.json st-2.json || {
		diff st-1.json st-2.json | head >&2
		fail "history: status for $p differs"
	}
done
# the counts the history keeps: in 2021-03 Pa (live) and S (out then) are silent, not S
"$VEIKART" --db hist-2.db status --period 2021-03 --format json >st.json
python3 - <<'PY' || fail "history: 2021-03's silent items are not the store's"
import json
d = json.load(open("st.json"))
text = json.dumps(d)
assert '"Pa"' in text and '"R"' not in text and '"S"' not in text, text
PY
