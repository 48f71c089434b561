# Roadmap status marks say which period they are from: the legend names the latest
# period, and an item whose latest report is older is drawn hollow (its outline only)
# with a legend line saying so, not as if it had reported in that period.
. "$(dirname "$0")/lib.inc"
cat >p.yaml <<'YAML'
veikart: 1
programmes:
  - {code: NEW, name: Rapporterte nå, phases: [{phase: behov, start: 2024, end: 2024}]}
  - {code: OLD, name: Rapporterte før, phases: [{phase: behov, start: 2024, end: 2024}]}
YAML
printf 'periode;kode;status\n2024-T1;NEW;gul\n2024-T1;OLD;gul\n2024-T2;NEW;gul\n' >s.csv
"$VEIKART" init >/dev/null
"$VEIKART" import p.yaml s.csv >/dev/null
"$VEIKART" render roadmap -o r.pdf >/dev/null
"$VEIKART" render roadmap -o r.svg >/dev/null
pdftotext r.pdf r.txt
grep -q "Status 2024-T2:" r.txt || fail "the legend does not name the period of the marks"
grep -q "Hul: siste rapport før 2024-T2" r.txt || fail "the legend does not explain hollow marks"
# gul marks: one filled (NEW), one outline (OLD), one in the legend
fill=$(grep -c 'fill:rgb(90.980392%,65.882353%,0%)' r.svg || :)
hollow=$(grep 'fill:rgb(100%,100%,100%)' r.svg | grep -c 'stroke:rgb(90.980392%,65.882353%,0%)' || :)
[ "$fill" -eq 2 ] || fail "$fill filled gul marks, expected 2 (NEW and the legend)"
[ "$hollow" -eq 1 ] || fail "$hollow hollow gul marks, expected 1 (OLD)"
# when every item reported in the latest period, no mark is hollow and no such line
printf 'periode;kode;status\n2024-T2;OLD;gul\n' >s2.csv
"$VEIKART" import s2.csv >/dev/null
"$VEIKART" render roadmap -o r2.pdf >/dev/null
pdftotext r2.pdf - | grep -q "Status 2024-T2:" || fail "the legend lost the period"
! pdftotext r2.pdf - | grep -q "Hul:" || fail "a hollow-mark line with every report current"
