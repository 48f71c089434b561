# The same code twice in one file is refused at the second one.
. "$(dirname "$0")/lib.inc"
cat >bad.yaml <<'Y'
veikart: 1
programmes:
  - code: NY
    name: Nytt program
    projects:
      - {code: NY-1, name: Ett}
      - {code: NY-1, name: To}
Y
bad_import "duplicate code 'NY-1'" bad.yaml
grep -q "^veikart: bad.yaml:7:16: " "$T/err" || fail "wrong position"
