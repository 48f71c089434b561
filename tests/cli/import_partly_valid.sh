# A file where the first programmes are valid and a later one is not writes nothing,
# not even the valid ones.
. "$(dirname "$0")/lib.inc"
cat >bad.yaml <<'Y'
veikart: 1
programmes:
  - {code: PLL, name: Nytt navn på PLL}
  - {code: HELT-NY, name: Helt nytt}
  - code: SISTE
    name: Siste
    rollout: [{area: atlantis, phases: [{phase: innforing, start: 2025, end: 2025}]}]
Y
bad_import "unknown area 'atlantis'" bad.yaml
"$VEIKART" show PLL | grep -q "Pasientens legemiddelliste" || fail "PLL was renamed"
