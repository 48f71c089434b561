# Codes like NO stay strings (YAML 1.2), and show --format json gives every field.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >no.yaml <<'Y'
veikart: 1
programmes:
  - code: NO
    name: Norge
    owner: yes
    phases: [{phase: innforing, start: 2023-Q3, end: 2024-H1}]
    budget: {2024: 26}
Y
"$VEIKART" import no.yaml >/dev/null
"$VEIKART" show NO --format json | python3 -c '
import json, sys
p = json.load(sys.stdin)
assert p["code"] == "NO" and p["owner"] == "yes", p
assert p["phases"] == [{"phase": "innforing", "start": "2023-07-01", "end": "2024-06-30"}], p
assert p["budget_mnok"] == {"2024": 26.0}, p
' || fail "show json"
run "$VEIKART" show FINNES-IKKE
expect_status 1
