# render status --period takes a period as 'veikart status --period' does: one of another
# kind than the cadence is a usage error (exit 2) with the same message, and a period of
# the cadence nobody reported in is drawn with its silent items, as status shows it.
. "$(dirname "$0")/lib.inc"
printf 'veikart: 1\ncadence: quarter\nprojects:\n  - {code: A, name: Alfa, phases: [{phase: utproving, start: 2026-Q1, end: 2026-Q4}]}\n' >p.yaml
printf 'periode;kode;status\n2026-Q1;A;gul\n' >s.csv
"$VEIKART" init >/dev/null
"$VEIKART" import p.yaml s.csv >/dev/null
run "$VEIKART" status --period 2026-02
expect_status 2
cp err status.err
run "$VEIKART" render status --period 2026-02 -o s.pdf
expect_status 2
cmp -s err status.err || fail "render says '$(cat err)', status says '$(cat status.err)'"
[ ! -e s.pdf ] || fail "a chart was written for a refused period"
# a quarter of the cadence without reports: status shows it, and so does the chart
run "$VEIKART" status --period 2026-Q3
expect_status 0
grep -q "1 uten rapport" out || fail "status does not count A as silent in 2026-Q3"
run "$VEIKART" render status --period 2026-Q3 -o s.pdf
expect_status 0
pdftotext s.pdf s.txt
grep -q "^2026-Q3 · 0 rapporter, 1 uten rapport" s.txt || fail "the chart's line is not of 2026-Q3"
grep -q "^Uten rapport i 2026-Q3 (1)" s.txt || fail "the chart does not list A as silent"
grep -qx "A" s.txt || fail "the silent item A is not named"
# a quarter in which nothing ran is refused by both alike
run "$VEIKART" status --period 2019-Q1
refused=$status
[ "$refused" -ne 0 ] || fail "status shows 2019-Q1, in which nothing ran"
cp err status.err
run "$VEIKART" render status --period 2019-Q1 -o t.pdf
expect_status "$refused"
cmp -s err status.err || fail "render says '$(cat err)', status says '$(cat status.err)'"
