# Without --one-page the status slide cuts nothing: a name or a URL wider than the
# column is broken between characters and goes on on the next line, never cut with "…".
. "$(dirname "$0")/lib.inc"

"$VEIKART" init >/dev/null
word=Pasientjournalintegrasjonsinfrastrukturmoderniseringsprogram
name="$word$word$word$word"
url="https://ehelse.no/$(printf 'a%.0s' $(seq 300))/slutt"
cat >p.yaml <<Y
veikart: 1
cadence: tertial
projects:
  - {code: LW, name: $name, phases: [{phase: innforing, start: 2025, end: 2026}]}
  - {code: LW2, name: Kort, phases: [{phase: innforing, start: 2025, end: 2026}]}
Y
printf 'periode;kode;status;kommentar\n2025-T1;LW;rød;Se %s for detaljer SLUTTORD\n2025-T1;LW2;rød;\n' "$url" >s.csv
"$VEIKART" import p.yaml s.csv >/dev/null
run "$VEIKART" render status -o s.pdf
expect_status 0
text=$(pdftotext s.pdf - | tr -d '\n')
echo "$text" | grep -qF "$name" || fail "the long name is not all on the slide"
echo "$text" | grep -qF "$url" || fail "the URL is not all on the slide"
echo "$text" | grep -q 'SLUTTORD' || fail "the comment's end is missing"
! echo "$text" | grep -q '…' || fail "something was cut with … without --one-page"
exit 0
