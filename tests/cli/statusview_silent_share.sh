# Items that ran and did not report are a category of their own: with 19 rød, 1 grønn and
# 10 silent of 30, rød is 63,3 % (not 95,0 % of the 20 reports) in `status`, its JSON and
# the slide, and uten rapport is 33,3 %; the trend counts them the same way.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.inc"
. "$here/statusview.inc"
status_portfolio
"$VEIKART" status >st.txt
grep -q "^Status 2021-05 · 20 rapporter, 10 uten rapport (andeler av 30)$" st.txt ||
	fail "heading"
grep -Eq "^  rød +19 +63,3 %   \+19 siden 2021-01$" st.txt || fail "rød line"
grep -Eq "^  grønn +1 +3,3 %   \+1 siden 2021-01$" st.txt || fail "grønn line"
grep -Eq "^  uten rapport +10 +33,3 %   \+10 siden 2021-01$" st.txt || fail "uten rapport line"
"$VEIKART" --lang en status | grep -Eq "^  no report +10 +33.3 %   \+10 since 2021-01$" ||
	fail "English line"
"$VEIKART" status --format json | python3 -c '
import json, sys
s = json.load(sys.stdin)
assert s["total"] == 20, s
assert s["counts"] == {"green": 1, "yellow": 0, "red": 19, "silent": 10}, s["counts"]
assert s["delta"] == {"green": 1, "yellow": -30, "red": 19, "silent": 10}, s["delta"]
assert s["share"] == {"green": 1 / 30, "yellow": 0.0, "red": 19 / 30, "silent": 10 / 30}, s["share"]
assert len(s["missing"]) == 10
' || fail "json"
"$VEIKART" status --trend --format json | python3 -c '
import json, sys
t = json.load(sys.stdin)
assert [r["counts"]["silent"] for r in t] == [0, 10], t
assert t[1]["share"]["red"] == 19 / 30 and t[1]["delta"]["silent"] == 10, t[1]
' || fail "trend json: the silent items counted as in status"
"$VEIKART" status --trend | grep -Eq "^2021-05 +1 +0 +19 +10 +20 " ||
	fail "trend text: $("$VEIKART" status --trend)"
"$VEIKART" render status -o s.pdf >/dev/null
pdftotext s.pdf s.txt
grep -q "20 rapporter, 10 uten rapport" s.txt || fail "slide subtitle counts"
grep -q "rød 63,3 %" s.txt || fail "slide rød share"
grep -q "uten rapport 33,3 %" s.txt || fail "slide uten rapport share"
grep -q "Uten rapport (øverst)" s.txt || fail "legend"
grep -q "10 (+10)" s.txt || fail "the silent part of the bar"
