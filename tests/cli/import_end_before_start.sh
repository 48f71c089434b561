# A phase that ends before it starts is refused at its end date.
. "$(dirname "$0")/lib.inc"
bad_programme "phase 'utproving' ends 2025-06-30, before it starts 2025-07-01" <<'Y'
    phases:
      - {phase: utproving, start: 2025-Q3, end: 2025-Q2}
Y
grep -q "^veikart: bad.yaml:6:49: " "$T/err" || fail "wrong position"
