# The sample's December 2023 table gives the council's scores and ranks; --explain shows
# the arithmetic; a weight changes the order; JSON has nulls, never NaN.
. "$(dirname "$0")/lib.inc"
demo_store
"$VEIKART" score --format json >s.json
python3 - <<'P' || fail "ranking"
import json
s = json.load(open("s.json"))
want = [("PLL", 22.8), ("Dokumentdeling i spesialisthelsetjenesten", 20.8),
        ("Kritisk info i spesialisthelsetjenesten", 19.8),
        ("Kritisk info hos fastleger og avtalespesialister", 19.1),
        ("Kritisk info i kommunal helse- og omsorgstjeneste", 18.3),
        ("Digitale behandlings- og egenbehandlingsplaner", 18.2),
        ("Dokumentdeling i legevakt/ØHD", 18.2), ("Generisk datadelingstjeneste", 15.8),
        ("Dokumentdeling fastleger", 15.2),
        ("Dokumentdeling andre kommunale helse- og omsorgstjeneste", 14.8),
        ("Kritisk info hos andre helseaktører", 13.0)]
assert [x["name"] for x in s] == [n for n, _ in want], [x["name"] for x in s]
for x, (n, score) in zip(s, want):
    # one decimal, half away from zero, as the council's sheet
    assert int(x["score"] * 10 + 0.5 + 1e-9) / 10 == score, (n, x["score"])
assert [x["rank"] for x in s] == list(range(1, 12))
assert s[0]["code"] == "PLL" and s[0]["groups"] == {"Måloppnåelse": 9.0, "Kostnader": 6.25, "Nytte": 7.5}
assert s[10]["missing"] == ["K3"]
P
"$VEIKART" score | sed -n 2p | grep -Eq "^ +1 PLL +22,8 +9,0 +6,3 +7,5" || fail "text ranking"
"$VEIKART" score --explain pll | grep -q "Score = 1 × 9 + 1 × 6,25 + 1 × 7,5 = 22,75 → 22,8" ||
	fail "explain"
"$VEIKART" score --weight Kostnader=0 --weight nytte=3 --format json | python3 -c '
import json, sys
s = json.load(sys.stdin)
assert s[0]["name"] == "PLL" and abs(s[0]["score"] - 31.5) < 1e-9
assert s[1]["name"] == "Digitale behandlings- og egenbehandlingsplaner"
' || fail "weights"
run "$VEIKART" score --weight Frekvens=2
expect_status 2
run "$VEIKART" score --explain "finnes ikke"
expect_status 1
