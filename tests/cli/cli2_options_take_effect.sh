# Every option has an effect or is refused: score --explain honours --format json (one
# object of the explanation), status --trend refuses --period (the trend is every
# period), list --archived --format json without WHAT lists both kinds, as the help says.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" "$SAMPLES/scores-2023.csv" >/dev/null
name=$("$VEIKART" score --format json | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['name'])")
run "$VEIKART" score --explain "$name" --format json
expect_status 0
python3 - "$T/out" "$name" <<'PY' || fail "score --explain --format json is not the explanation as JSON"
import json, sys
o = json.load(open(sys.argv[1]))
assert o["name"] == sys.argv[2], o["name"]
assert o["groups"] and all("weight" in g and "value" in g for g in o["groups"])
# the score is the weighted sum of the groups
if o["complete"]:
    tot = sum(g["weight"] * g["value"] for g in o["groups"] if g["value"] is not None)
    assert abs(tot - o["score"]) < 1e-9, (tot, o["score"])
PY
run "$VEIKART" status --trend --period 2021-05
expect_status 2
grep -q -- "--trend" "$T/err" || fail "the refusal does not name --trend"
# archive a programme with its projects; list --archived as JSON lists both kinds
# without WHAT
code=PLL
"$VEIKART" remove "$code" >/dev/null 2>&1 || fail "cannot archive $code"
run "$VEIKART" list --archived --format json
expect_status 0
python3 - "$T/out" "$code" <<'PY' || fail "list --archived --format json does not list the archived programme and projects"
import json, sys
a = json.load(open(sys.argv[1]))
kinds = {x["kind"] for x in a}
assert sys.argv[2] in [x["code"] for x in a]
assert kinds == {"programme", "project"}, kinds
assert all(x["archived"] is True for x in a)
PY
run "$VEIKART" list --archived
expect_status 0
grep -q "$code" "$T/out" || fail "list --archived (text) lost the archived programme"
