# A dependency on an item that is not on the chart is said by a marker "← B-1 (ikke
# vist)" in a line of its own above the dependent's bars: the bar keeps its phase name and
# no word of the chart lies under the marker (pdftotext's word boxes).
. "$(dirname "$0")/lib.inc"
cat >p.yaml <<'Y'
veikart: 1
status_date: 2026-03-31
programmes:
  - code: A
    name: Programme A
    phases: [{phase: planlegging, start: 2025-Q3, end: 2026-Q2}]
    projects:
      - {code: A-1, name: Project A-1, phases: [{phase: utproving, start: 2025-Q1, end: 2026-Q1}], depends_on: [B-1]}
      - {code: A-2, name: Project A-2, phases: [{phase: utproving, start: 2025-Q1, end: 2026-Q1}]}
  - code: B
    name: Programme B
    projects:
      - {code: B-1, name: Project B-1, phases: [{phase: utproving, start: 2025-Q1, end: 2025-Q4}]}
Y
"$VEIKART" init >/dev/null
"$VEIKART" import p.yaml >/dev/null
for f in pdf svg png; do
	run "$VEIKART" render roadmap --programme A --deps -o "a.$f"
	expect_status 0
done
pdftotext -layout a.pdf a.txt
grep -q "← B-1 (ikke vist)" a.txt || fail "the marker is not on the chart"
# two bars and the legend
[ "$(grep -o Utprøving a.txt | wc -l)" -eq 3 ] || fail "a bar lost its phase name: $(cat a.txt)"
pdftotext -bbox a.pdf words.html
python3 - words.html <<'P' || fail "the marker covers a word"
import re, sys
words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
    open(sys.argv[1], encoding="utf-8").read())]
i = [k for k, w in enumerate(words) if w[4] == "B-1" and k + 2 < len(words)
     and words[k + 1][4] == "(ikke"][0]
marker = words[i - 1:i + 3]
assert [w[4] for w in marker] == ["←", "B-1", "(ikke", "vist)"], marker
x0, y0 = min(w[0] for w in marker), min(w[1] for w in marker)
x1, y1 = max(w[2] for w in marker), max(w[3] for w in marker)
for w in words:
    if w in marker:
        continue
    if w[0] < x1 and x0 < w[2] and w[1] < y1 and y0 < w[3]:
        sys.exit(f"marker {x0},{y0}-{x1},{y1} covers '{w[4]}' {w[:4]}")
P
