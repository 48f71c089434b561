# A missing input file is exit 66 and names the file.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
run "$VEIKART" import finnes-ikke.yaml
expect_status 66
grep -q "^veikart: finnes-ikke.yaml: cannot open" "$T/err" || fail "message"
