# The same code twice in one file is refused at the second one.
. "$(dirname "$0")/lib.inc"
bad_programme "duplicate code 'NY-1'" <<'Y'
    projects:
      - {code: NY-1, name: Ett}
      - {code: NY-1, name: To}
Y
grep -q "^veikart: bad.yaml:7:16: " "$T/err" || fail "wrong position"
