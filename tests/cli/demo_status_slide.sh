# The sample status sheet reproduces the council's May 2021 slide: 45 reports, 23 gul
# (−7 since January), SAFEST the one red, 1 723 MNOK; January had 48 and 1 621 MNOK.
# In May three items that ran did not report: the shares are of 45 + 3 = 48 (gul 47,9 %,
# not the 51,1 % of the reports alone).
. "$(dirname "$0")/lib.inc"
demo_store
"$VEIKART" status --format json | python3 -c '
import json, sys
s = json.load(sys.stdin)
assert s["period"] == "2021-05" and s["previous_period"] == "2021-01", s
assert s["total"] == 45, s["total"]
assert s["counts"]["yellow"] == 23 and s["delta"]["yellow"] == -7, s
assert [r["code"] for r in s["red"]] == ["SAFEST"], s["red"]
assert abs(s["budget_mnok"] - 1723.0) < 1e-9, s["budget_mnok"]
assert s["counts"]["silent"] == 3 and s["delta"]["silent"] == 3, s
assert abs(s["share"]["yellow"] - 23 / 48) < 0.001 and abs(s["share"]["silent"] - 3 / 48) < 0.001
' || fail "May 2021"
"$VEIKART" status --period 2021-01 --format json | python3 -c '
import json, sys
s = json.load(sys.stdin)
assert s["total"] == 48 and abs(s["budget_mnok"] - 1621.0) < 1e-9, s
' || fail "January 2021"
"$VEIKART" status | grep -Eq "^  gul +23 +47,9 %   −7 siden 2021-01$" || fail "text line"
# 3/48 is 6,25 %: rounded half away from zero, the same in the text and on the slide
"$VEIKART" status | grep -Eq "^  uten rapport +3 +6,3 %   \+3 siden 2021-01$" || fail "silent line"
pdftotext demo/status.pdf - | grep -q "uten rapport 6,3 %" || fail "the slide rounds 6,25 % otherwise"
for f in status.pdf status.svg status.png; do
	[ -s "demo/$f" ] || fail "demo did not write demo/$f"
done
pdftotext demo/status.pdf - | grep -q "SAFEST" || fail "SAFEST on the slide"
