# An unknown area code is refused at its position and nothing is written.
. "$(dirname "$0")/lib.inc"
cat >bad.yaml <<'Y'
veikart: 1
programmes:
  - code: PLL
    name: Pasientens legemiddelliste
    rollout:
      - area: tromso
        phases: [{phase: innforing, start: 2025, end: 2026}]
Y
bad_import "unknown area 'tromso'" bad.yaml
grep -q "^veikart: bad.yaml:6:15: " "$T/err" || fail "wrong position"
