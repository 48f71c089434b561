# Every import ends with what it changed: programmes and projects added, updated (their
# stored plan changed), unchanged (named again as stored), archived (named), restored,
# renamed; status reports added, replaced (changed) and
# unchanged per period.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
"$VEIKART" --lang en import "$SAMPLES/portfolio.yaml" "$SAMPLES/status-2021.csv" >out.txt
grep -q "^imported 2 file(s) into .*: 16 programmes, 50 projects, 93 status reports (93 new, 0 replaced, 0 unchanged)$" out.txt ||
	fail "the first line changed: $(head -1 out.txt)"
grep -q "^programmes and projects: 66 added, 0 updated, 0 unchanged, 0 archived, 0 restored from the archive, 0 renamed$" out.txt ||
	fail "items line: $(cat out.txt)"
per() { sqlite3 "$VEIKART_DB" "SELECT count(*) FROM status_report s JOIN period p ON p.id = s.period_id WHERE p.code = '$1'"; }
jan=$(per 2021-01)
may=$(per 2021-05)
[ $((jan + may)) = 93 ] || fail "the sample has $jan + $may reports"

grep -q "^status reports 2021-01: $jan added, 0 replaced, 0 unchanged$" out.txt || fail "2021-01 line: $(cat out.txt)"
grep -q "^status reports 2021-05: $may added, 0 replaced, 0 unchanged$" out.txt || fail "2021-05 line: $(cat out.txt)"
# one period again, with one new row
{
	head -1 "$SAMPLES/status-2021.csv"
	sed -n '/^2021-05;/,$p' "$SAMPLES/status-2021.csv"
} >may.csv
cat >pll.yaml <<'Y'
veikart: 1
programmes:
  - code: PLL
    name: Pasientens legemiddelliste
    projects: [{code: SFM, name: Sentral forskrivningsmodul}, {code: NYTT, name: Nytt prosjekt}]
Y
printf '2021-05;NYTT;grønn;;\r\n' >>may.csv
"$VEIKART" --lang en import pll.yaml may.csv >out.txt
grep -q "^programmes and projects: 1 added, 2 updated, 0 unchanged, 5 archived (EMULTIDOSE, PLL-V1, PLL-V2, PLL-BERGEN, ERESEPT-PLO), 0 restored from the archive, 0 renamed$" out.txt ||
	fail "items line after a change: $(cat out.txt)"
# the same May reports again: unchanged, not "replaced"; one changed colour is replaced
grep -q "^status reports 2021-05: 1 added, 0 replaced, $may unchanged$" out.txt || fail "unchanged: $(cat out.txt)"
sed 's/^2021-05;SAFEST;rød;/2021-05;SAFEST;gul;/' may.csv >may2.csv
"$VEIKART" --lang en import may2.csv >out2.txt
grep -q "^status reports 2021-05: 0 added, 1 replaced, $may unchanged$" out2.txt || fail "replaced: $(cat out2.txt)"
grep -q "^note: a file cannot rename" out.txt || fail "no note on renames"
# the old projects come back; PLL and SFM change back, the other 59 are as stored
"$VEIKART" --lang en import "$SAMPLES/portfolio.yaml" >out.txt
grep -q "^programmes and projects: 0 added, 2 updated, 59 unchanged, 1 archived (NYTT), 5 restored from the archive (EMULTIDOSE, PLL-V1, PLL-V2, PLL-BERGEN, ERESEPT-PLO), 0 renamed$" out.txt ||
	fail "restored: $(cat out.txt)"
# and in Norwegian
"$VEIKART" import "$SAMPLES/portfolio.yaml" >out.txt
grep -q "^programmer og prosjekter: 0 nye, 0 oppdatert, 66 uendret, 0 arkivert, 0 hentet fra arkivet, 0 omdøpt$" out.txt ||
	fail "nb: $(cat out.txt)"
