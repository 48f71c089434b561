# The rollout chart names all 19 areas (with æøå), counts per region at the status date,
# and says "ikke planlagt" where a programme has nothing planned.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" render rollout --programme PLL -o pll.pdf >/dev/null
[ "$(pdfinfo pll.pdf | awk '/^Pages:/ {print $2}')" = 1 ] || fail "PLL rollout is not one page"
pdftotext pll.pdf pll.txt
"$VEIKART" list areas --format json | python3 -c '
import json, sys
text = open("pll.txt", encoding="utf-8").read()
missing = [a["name"] for a in json.load(sys.stdin) if a["name"] not in text]
assert not missing, missing
for region in ["Helse Vest RHF", "Helse Midt-Norge RHF", "Helse Sør-Øst RHF", "Helse Nord RHF"]:
    assert region in text, region
assert "Helse Førde" in text and "Sykehuset Østfold" in text and "Helse Nord-Trøndelag" in text
' || fail "area names"
grep -Eq "[0-9]+ av 4 områder i " pll.txt || fail "region count"
grep -q "ikke planlagt" pll.txt && fail "PLL plans every area"
"$VEIKART" render rollout --programme DOKUMENTDELING -o dd.pdf >/dev/null
pdftotext dd.pdf dd.txt
# three Midt-Norge rows and their region's count
[ "$(grep -c "ikke planlagt" dd.txt)" = 4 ] || fail "three Midt-Norge areas are not planned"
"$VEIKART" --lang en render rollout --programme DOKUMENTDELING -o en.pdf >/dev/null
pdftotext en.pdf - | grep -q "not planned" || fail "English"
run "$VEIKART" render rollout --programme NOPE -o x.pdf
expect_status 1
[ ! -e x.pdf ] || fail "file written for an unknown programme"
