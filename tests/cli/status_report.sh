# status prints counts, shares and the change since the previous period, the budget,
# the red list and who has not reported; --trend and --format json agree. Of the sample
# portfolio's 48 items running in May 2021 three reported: uten rapport is a category of
# its own (45, +2 since January, when 43 were silent), and the shares are of all 48.
. "$(dirname "$0")/lib.inc"
sample_store
cat >s.csv <<'C'
periode;kode;status;kommentar;budsjett
2021-01;PLL;gul;sen;100
2021-01;SFM;gul;;50
2021-01;SAFEST;rød;forsinket;10
2021-05;PLL;grønn;;100
2021-05;SFM;gul;;60
2021-05;SAFEST;rød;Fortsatt forsinket;10,5
C
"$VEIKART" import s.csv >/dev/null
"$VEIKART" status >st.txt
grep -q "^Status 2021-05 · 3 rapporter, 45 uten rapport (andeler av 48)$" st.txt || fail "heading"
grep -Eq "^  gul +1 +2,1 %   −1 siden 2021-01$" st.txt || fail "gul line"
grep -Eq "^  grønn +1 +2,1 %   \+1 siden 2021-01$" st.txt || fail "grønn line"
grep -Eq "^  uten rapport +45 +93,8 %   \+2 siden 2021-01$" st.txt || fail "uten rapport line"
grep -q "^Budsjett 170,5 MNOK" st.txt || fail "budget"
grep -q "^  SAFEST  SAFEST — Fortsatt forsinket$" st.txt || fail "red list"
grep -q "^Uten rapport denne perioden" st.txt || fail "missing"
"$VEIKART" status --period 2021-01 | grep -q "^Status 2021-01 · 3 rapporter, 43 uten rapport" ||
	fail "--period"
"$VEIKART" status --trend >trend.txt
[ "$(wc -l <trend.txt)" = 3 ] || fail "trend lines"
"$VEIKART" status --format json | python3 -c '
import json, sys
s = json.load(sys.stdin)
assert s["period"] == "2021-05" and s["previous_period"] == "2021-01", s
assert s["total"] == 3, s
assert s["counts"] == {"green": 1, "yellow": 1, "red": 1, "silent": 45}, s
assert s["delta"] == {"green": 1, "yellow": -1, "red": 0, "silent": 2}, s
# exact shares, not rounded: 1 of 48 and 45 of 48
assert s["share"] == {"green": 1 / 48, "yellow": 1 / 48, "red": 1 / 48, "silent": 45 / 48}, s
assert s["budget_mnok"] == 170.5, s
assert [r["code"] for r in s["red"]] == ["SAFEST"] and s["red"][0]["comment"] == "Fortsatt forsinket"
assert "PROVESVAR" in s["missing"] and "PLL" not in s["missing"]
assert len(s["missing"]) == s["counts"]["silent"]
' || fail "json"
"$VEIKART" status --period 2021-01 --format json | python3 -c '
import json, sys; assert json.load(sys.stdin)["delta"] is None' || fail "first period delta"
# a period without reports is shown when items ran in it (all silent), refused when
# nothing did
"$VEIKART" status --period 2020-01 | grep -q "^Status 2020-01 · 0 rapporter, 24 uten rapport" ||
	fail "2020-01: everything that ran was silent"
run "$VEIKART" status --period 1990-01
expect_status 1
