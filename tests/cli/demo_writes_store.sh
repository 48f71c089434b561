# demo writes out/veikart.db from the samples; it lists the measures of the domain.
. "$(dirname "$0")/lib.inc"
"$VEIKART" demo --out out >/dev/null
[ -f out/veikart.db ] || fail "no out/veikart.db"
ls -a out | grep -q '^\.veikart' && fail "temporary file left behind"
"$VEIKART" --db out/veikart.db list programmes >list.txt
for name in "Pasientens legemiddelliste" "Pasientens prøvesvar" "Pasientens journaldokumenter" \
	"Pasientens kritiske informasjon" "Datadeling for digital hjemmeoppfølging" \
	"Program digital samhandling" "Felles journalløft" "SAFEST" "Helseplattformen" \
	"MyHealth@EU" "Helseteknologiordningen" "Digitalt helsekort for gravide"; do
	grep -q "$name" list.txt || fail "list programmes lacks $name"
done
"$VEIKART" --db out/veikart.db list programmes --format json | python3 -c '
import json, sys
p = json.load(sys.stdin)
top = sorted((x["priority"], x["code"]) for x in p if x["priority"])
assert [c for _, c in top][:5] == ["PLL", "PROVESVAR", "DOKUMENTDELING", "KRITISK-INFO", "DHO"], top
pll = [x for x in p if x["code"] == "PLL"][0]
assert len({r["area"] for r in pll["rollout"]}) == 19
' || fail "priorities or PLL rollout"
"$VEIKART" demo --out out >/dev/null || fail "second demo run"
for f in roadmap.pdf roadmap.svg roadmap.png rollout-pll.pdf rollout-pll.svg rollout-pll.png; do
	[ -s "out/$f" ] || fail "demo did not write out/$f"
done
pdftotext out/rollout-pll.pdf - | grep -q "Innføring per helseforetaksområde" ||
	fail "rollout title"
