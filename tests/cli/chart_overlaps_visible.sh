# Every phase and milestone in the store is seen: phases of one item that overlap go in
# lanes of a taller row (roadmap and rollout), and milestones on one date (or days
# apart) are set side by side instead of one on top of the other.
. "$(dirname "$0")/lib.inc"
cat >p.yaml <<'YAML'
veikart: 1
status_date: 2024-05-31
programmes:
  - code: A
    name: Alfa
    phases:
      - {phase: innforing, start: 2023, end: 2026}
      - {phase: forvaltning, start: 2024, end: 2025}
    milestones:
      - {date: 2024-06-01, name: m1, kind: goal}
      - {date: 2024-06-01, name: m2, kind: goal}
      - {date: 2025-09-01, name: d1, kind: decision}
      - {date: 2025-09-03, name: l1, kind: delivery}
    rollout:
      - {area: bergen, phases: [{phase: utproving, start: 2023, end: 2024},
                                {phase: innforing, start: 2024, end: 2025}]}
  - code: B
    name: Beta
    phases:
      - {phase: behov, start: 2023, end: 2024}
YAML
"$VEIKART" init >/dev/null
"$VEIKART" import p.yaml >/dev/null
"$VEIKART" render roadmap -o r.pdf >/dev/null
"$VEIKART" render roadmap -o r.svg >/dev/null
"$VEIKART" render rollout --programme A -o ro.pdf >/dev/null
pdftotext -bbox r.pdf r.html
pdftotext -bbox ro.pdf ro.html
python3 - r.html ro.html r.svg <<'PY' || fail "$(cat py.out)"
import re, sys

def words(path):
    text = open(path, encoding="utf-8").read()
    return [(w, float(y0), float(y1)) for y0, y1, w in
            re.findall(r'<word xMin="[^"]*" yMin="([^"]*)" xMax="[^"]*" yMax="([^"]*)">([^<]*)</word>', text)]

def first(ws, name):
    return next(w for w in ws if w[0] == name)

out = open("py.out", "w")
def fail(msg):
    out.write(msg)
    sys.exit(1)

# roadmap: Forvaltning (inside Innføring) in a lane under it, Beta's row below both
ws = words(sys.argv[1])
inn, forv, beta = first(ws, "Innføring"), first(ws, "Forvaltning"), first(ws, "Beta")
if forv[1] < inn[2]:
    fail("roadmap: Forvaltning (y %.1f) is drawn on Innføring (y %.1f)" % (forv[1], inn[1]))
if beta[1] < forv[2]:
    fail("roadmap: Beta's row (y %.1f) overlaps Alfa's lanes" % beta[1])
# rollout: Bergen's two phases in two lanes
ws = words(sys.argv[2])
utp = first(ws, "Utprøving")
inn = [w for w in ws if w[0] == "Innføring" and w[1] > utp[1] - 30]
if not any(w[1] >= utp[2] for w in inn):
    fail("rollout: Bergen's Innføring is drawn on its Utprøving")
# SVG: no two milestone diamonds on one row touch
svg = open(sys.argv[3]).read()
diamonds = []
for d in re.findall(r' d="M ([-0-9. ]+) L ([-0-9. ]+) L ([-0-9. ]+) L ([-0-9. ]+) Z', svg):
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = [tuple(map(float, p.split())) for p in d]
    if abs(x0 - x2) < 1e-6 and abs(y1 - y3) < 1e-6 and y0 < y1 < y2 and x3 < x0 < x1:
        diamonds.append((x0, y1, x1 - x0))
if len(diamonds) != 4 + 3:  # four milestones and the legend's three kinds
    fail("%d diamonds in the SVG, expected 7: %s" % (len(diamonds), diamonds))
for i, a in enumerate(diamonds):
    for b in diamonds[i + 1:]:
        if abs(a[1] - b[1]) < 1e-6 and abs(a[0] - b[0]) < a[2] + b[2] - 1e-6:
            fail("milestones at x %.1f and %.1f overlap" % (a[0], b[0]))
PY
