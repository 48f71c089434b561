# The status slide shows the counts with their changes and the red projects with their
# comments, as a real PDF reader sees them.
. "$(dirname "$0")/lib.inc"
sample_store
run "$VEIKART" render status -o none.pdf
expect_status 1
[ ! -e none.pdf ] || fail "a chart without reports"
cat >s.csv <<'C'
periode;kode;status;kommentar
2021-01;PLL;gul;sen
2021-01;SFM;gul;
2021-01;SAFEST;rød;forsinket
2021-05;PLL;grønn;
2021-05;SFM;gul;
2021-05;SAFEST;rød;Forsinket leveranse av virkestoffregisteret
C
"$VEIKART" import s.csv >/dev/null
"$VEIKART" render status -o s.pdf >/dev/null
pdftotext s.pdf s.txt
grep -q "Porteføljestatus" s.txt || fail "title"
grep -q "Røde i 2021-05 (1)" s.txt || fail "red heading"
grep -q "Forsinket leveranse av virkestoffregisteret" s.txt || fail "red comment"
grep -q "1 (+1)" s.txt || fail "count with change"
grep -q "2021-01" s.txt || fail "first period"
"$VEIKART" --lang en render status --period 2021-01 -o en.svg >/dev/null
rsvg-convert en.svg -o en.png || fail "SVG"
