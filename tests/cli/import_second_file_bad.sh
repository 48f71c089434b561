# Several files are imported all or nothing: a bad second file stops the good first.
. "$(dirname "$0")/lib.inc"
printf 'veikart: 1\nprogrammes: [{code: GOD, name: God}]\n' >good.yaml
printf 'veikart: 1\nprogrammes: [{code: DAARLIG, name: D, priority: -1}]\n' >bad.yaml
bad_import "'priority' must be a whole number from 1" good.yaml bad.yaml
grep -q "^veikart: bad.yaml:" "$T/err" || fail "error does not name the second file"
