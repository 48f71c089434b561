# A file that is not UTF-8 (here Latin-1 "ø") is refused where the bad byte is.
. "$(dirname "$0")/lib.inc"
printf 'veikart: 1\nprogrammes:\n  - {code: A, name: "Pr\370vesvar"}\n' >bad.yaml
bad_import "the file is not UTF-8 text" bad.yaml
grep -q "^veikart: bad.yaml:3:24: " "$T/err" || fail "wrong position"
