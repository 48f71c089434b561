# Importing a file whose programme exists replaces that programme (with its projects)
# and leaves the others; --replace empties the portfolio first.
. "$(dirname "$0")/lib.inc"
sample_store
before=$("$VEIKART" list programmes --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
cat >pll.yaml <<'Y'
veikart: 1
programmes:
  - code: PLL
    name: Pasientens legemiddelliste (revidert)
    projects: [{code: SFM, name: Sentral forskrivningsmodul}]
Y
"$VEIKART" import pll.yaml >/dev/null
"$VEIKART" show PLL | grep -q "(revidert)" || fail "PLL not updated"
after=$("$VEIKART" list programmes --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$before" = "$after" ] || fail "programme count changed: $before -> $after"
# PLL-V1 left the plan: show marks it archived
run "$VEIKART" show PLL-V1
expect_status 0
head -1 "$T/out" | grep -q "(arkivert)" || fail "PLL-V1 is not archived"
"$VEIKART" import --replace pll.yaml >/dev/null
n=$("$VEIKART" list programmes --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$n" = 1 ] || fail "--replace left $n programmes"
