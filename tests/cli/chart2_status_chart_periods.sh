# The status chart draws every period up to twelve and names the ones before in a visible
# line; budgets under the bars are shown as stored, as veikart status prints them.
. "$(dirname "$0")/lib.inc"

"$VEIKART" init >/dev/null
tertial_projects p.yaml <<'Y'
  - {code: A, name: Alfa, phases: [{phase: innforing, start: 2020, end: 2026}]}
  - {code: B, name: Beta, phases: [{phase: innforing, start: 2020, end: 2026}]}
Y
{
	echo 'periode;kode;status;budsjett'
	for y in 2021 2022 2023 2024 2025; do
		for t in 1 2 3; do
			echo "$y-T$t;A;grønn;211,54"
			echo "$y-T$t;B;gul;0,44"
		done
	done
} >s.csv
"$VEIKART" import p.yaml s.csv >/dev/null
"$VEIKART" status --trend | grep -q '211,98' || fail "veikart status no longer says 211,98"

# drawn WHAT YEAR...: every tertial of each YEAR is named in $text, the chart's words
drawn() {
	what=$1
	shift
	for y in "$@"; do
		for t in 1 2 3; do
			echo "$text" | grep -q "$y-T$t" || fail "$y-T$t not on $what"
		done
	done
}

# 15 periods: the last 12 drawn, the first three named
run "$VEIKART" render status -o s.pdf
expect_status 0
text=$(pdftotext -raw s.pdf - | tr -d '\n')
drawn "the chart" 2022 2023 2024 2025
echo "$text" | grep -q '2021-T1 … 2021-T3 ikke vist: se veikart status --trend' ||
	fail "no line says 2021-T1 … 2021-T3 are left out"
echo "$text" | grep -q '211,98' || fail "budget not shown as veikart status shows it"
! echo "$text" | grep -q '212 MNOK' || fail "budget rounded to whole MNOK"

# 12 periods: every one drawn, no note
run "$VEIKART" render status --period 2024-T3 -o t.pdf
expect_status 0
text=$(pdftotext -raw t.pdf - | tr -d '\n')
drawn "the chart of 12 periods" 2021 2022 2023 2024
! echo "$text" | grep -q 'ikke vist' || fail "a note of left-out periods where none is"
exit 0
