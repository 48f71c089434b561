# A milestone's "done: true" is shown: "✓ nådd" in show and list milestones, "done": true
# (false for the others) in their JSON.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >m.yaml <<'Y'
veikart: 1
programmes:
  - code: UTE
    name: Milepælprøve
    phases: [{phase: planlegging, start: 2020, end: 2031}]
    milestones:
      - {date: 2021-06-30, name: Tidlig beslutning, kind: decision, done: true}
      - {date: 2030, name: Sent mål, kind: goal}
Y
"$VEIKART" import m.yaml >/dev/null
run "$VEIKART" show UTE
expect_status 0
grep -q "Tidlig beslutning  ✓ nådd" "$T/out" || fail "show: $(grep Tidlig "$T/out")"
grep "Sent mål" "$T/out" | grep -q "nådd" && fail "show marks an open milestone reached"
run "$VEIKART" list milestones
grep -q "Tidlig beslutning  ✓ nådd" "$T/out" || fail "list: $(grep Tidlig "$T/out")"
run "$VEIKART" --lang en list milestones
grep -q "Tidlig beslutning  ✓ reached" "$T/out" || fail "list en: $(grep Tidlig "$T/out")"
for cmd in "show UTE" "list milestones"; do
	# shellcheck disable=SC2086 # the command's words
	"$VEIKART" $cmd --format json >j.json
	python3 - j.json <<'PY' || fail "$cmd --format json: done"
import json, sys
j = json.load(open(sys.argv[1]))
ms = j["milestones"] if isinstance(j, dict) else j
assert {m["name"]: m["done"] for m in ms} == {"Tidlig beslutning": True, "Sent mål": False}, ms
PY
done
