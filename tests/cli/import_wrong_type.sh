# A value of the wrong type (a list where a number belongs) is refused.
. "$(dirname "$0")/lib.inc"
cat >bad.yaml <<'Y'
veikart: 1
programmes:
  - code: NY
    name: Nytt program
    priority: [1, 2]
Y
bad_import "'priority' must be a whole number, not a list" bad.yaml
