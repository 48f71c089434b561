# Shares: the text shows one decimal of a percent rounded half away from zero, JSON
# the exact fraction (shortest form that reads back as it). 3 of 48 silent in 2021-05
# is 6.25 %: "6,3 %" and 0.0625 (not 6,2 % and 0.063).
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" >/dev/null
run "$VEIKART" status --period 2021-05
expect_status 0
grep -Eq "^  uten rapport +3 +6,3 %" "$T/out" || fail "text: $(grep 'uten rapport ' "$T/out")"
run "$VEIKART" status --period 2021-05 --format json
expect_status 0
python3 - "$T/out" <<'PY' || fail "json shares are not exact"
import json, sys
s = json.load(open(sys.argv[1]))
n = s["total"] + s["counts"]["silent"]
assert s["counts"]["silent"] == 3 and n == 48, s
assert s["share"]["silent"] == 0.0625, s["share"]
for c in ("green", "yellow", "red"):
    assert s["share"][c] == s["counts"][c] / n, (c, s["share"][c])
PY
grep -q '"silent": 0.0625' "$T/out" || fail "json does not write 0.0625 as it is"
