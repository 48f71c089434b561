# JSON numbers read back exactly and are written in their shortest form: a score of
# 1/3 is 0.3333333333333333 (Python's repr, the shortest round-trip form), not cut
# to a fixed precision.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >p.yaml <<'Y'
veikart: 1
programmes:
  - {code: A, name: A, budget: {2024: 0.1, 2025: 1234567.125}}
  - {code: B, name: B, budget: {2024: 1e12, 2025: 0.000001, 2026: 0.0000001, 2027: 330}}
scoring:
  criteria:
    - code: G
      criteria: [{code: L1}, {code: L2, weight: 2}]
    - code: H
      weight: 0.1
      criteria: [{code: L3}]
Y
printf 'tiltak;kode;L1;L2;L3\nA;A;1;0;7\nB;B;10;3;1\n' >s.csv
"$VEIKART" import p.yaml s.csv >/dev/null
"$VEIKART" score --format json >scores.json
"$VEIKART" list programmes --format json >items.json
python3 - <<'PY' || fail "JSON numbers do not read back exactly"
import json, re, sys
def check(path):
    text = open(path).read()
    # every number is written in the fewest significant digits that read back as it
    for tok in re.findall(r'(?<=[:\[,\s])-?\d[\d.eE+-]*(?=[,\s\]}])', text):
        if not re.search('[.eE]', tok):
            continue
        v = float(tok)
        digits = len(re.sub(r'^0+', '', re.sub(r'[-.]', '', tok.split('e')[0].split('E')[0]))
                     .rstrip('0')) or 1
        for n in range(1, digits):
            if float('%.*g' % (n, v)) == v:
                sys.exit("%s: %s could be written in %d digits" % (path, tok, n))
    return json.loads(text)
scores = {s["code"]: s for s in check("scores.json")}
# the same arithmetic veikart does (weighted means of the leaves, weighted sum of groups)
def score(l1, l2, l3):
    g = (2 * l2 + 1 * l1) / 3
    h = l3 / 1
    return 1 * g + 0.1 * h, g
for code, vals in (("A", (1, 0, 7)), ("B", (10, 3, 1))):
    want, g = score(*vals)
    got = scores[code]
    if got["score"] != want or got["groups"]["G"] != g:
        sys.exit("%s: score %r, groups %r; expected %r and G %r" % (code, got["score"], got["groups"], want, g))
items = {i["code"]: i for i in check("items.json")}
if items["A"]["budget_mnok"] != {"2024": 0.1, "2025": 1234567.125}:
    sys.exit("budgets read back as %r" % items["A"]["budget_mnok"])
if items["B"]["budget_mnok"] != {"2024": 1e12, "2025": 1e-6, "2026": 1e-7, "2027": 330.0}:
    sys.exit("budgets read back as %r" % items["B"]["budget_mnok"])
PY
grep -q '"score": 0.3333333333333333\|"G": 0.3333333333333333' scores.json || fail "1/3 is not written in full"
