# An unknown phase code is refused and nothing is written.
. "$(dirname "$0")/lib.inc"
cat >bad.yaml <<'Y'
veikart: 1
programmes:
  - code: NY
    name: Nytt program
    phases: [{phase: drift, start: 2025, end: 2026}]
Y
bad_import "unknown phase 'drift'" bad.yaml
