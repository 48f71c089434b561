# A portfolio file's reports:, scores: and costs: sections are checked as status, score
# and cost sheets are: the same words and bounds, at FILE:LINE:COL, and the same checks
# against the portfolio; nothing is written when one fails.
. "$(dirname "$0")/lib.inc"
head='veikart: 1
projects: [{code: A, name: Alfa}]'
# case PATTERN BODY: a file of $head and BODY must be refused with PATTERN
case_bad() {
	printf '%s\n%s\n' "$head" "$2" >bad.yaml
	rm -f "$VEIKART_DB"
	bad_import "$1" bad.yaml
}
case_bad "unknown status 'blå' \(expected grønn, gul or rød\)" \
	'reports: [{period: 2021-01, code: A, status: blå}]'
case_bad "invalid period '2021-13'" 'reports: [{period: 2021-13, code: A, status: gul}]'
case_bad "'budget' must be an amount in MNOK" \
	'reports: [{period: 2021-01, code: A, status: gul, budget: -1}]'
case_bad "this status report has no 'status'" 'reports: [{period: 2021-01, code: A}]'
case_bad "unknown key 'colour'" 'reports: [{period: 2021-01, code: A, colour: gul}]'
case_bad "'N1' must be a value from 0 to 10" 'scores: [{measure: M, values: {N1: 11}}]'
case_bad "unknown kind 'pris'" 'costs: [{solution: S, year: 2023, kind: pris, mnok: 1}]'
case_bad "'year' must be a whole number from 1900 to 2200" \
	'costs: [{solution: S, year: 1800, kind: budget, mnok: 1}]'

# one entry per measure, and checked against the portfolio, as a sheet is, placed as
# YAML is: FILE:LINE:COL
printf '%s\nscores:\n  - {measure: M, values: {M1: 1}}\n  - {measure: M, values: {M1: 2}}\n' \
	"$head" >twice.yaml
rm -f "$VEIKART_DB"
bad_import "a second entry for 'M' \(the first is on line 4\)" twice.yaml
printf '%s\nreports: [{period: 2021-01, code: X, status: gul}]\n' "$head" >unknown.yaml
rm -f "$VEIKART_DB"
bad_import "unknown" unknown.yaml
printf '%s\nscores: [{measure: M, values: {Q9: 1}}]\n' "$head" >crit.yaml
rm -f "$VEIKART_DB"
bad_import "unknown criterion 'Q9'" crit.yaml
printf '%s\ncadence: month\nreports: [{period: 2021-Q1, code: A, status: gul}]\n' "$head" >cad.yaml
rm -f "$VEIKART_DB"
bad_import "period '2021-Q1' is a quarter" cad.yaml

# and summed up as a sheet is
printf '%s\nreports: [{period: 2021-01, code: A, status: gul, comment: "ok"}]\n' "$head" >good.yaml
rm -f "$VEIKART_DB"
"$VEIKART" init >/dev/null
run "$VEIKART" import good.yaml
expect_status 0
grep -q '^importerte 1 fil(er) til .*1 statusrapporter (1 nye' "$T/out" || fail "summary"
grep -q '^statusrapporter 2021-01: 1 nye, 0 erstattet, 0 uendret' "$T/out" || fail "period line"
run "$VEIKART" status --period 2021-01
expect_status 0
grep -q 'gul' "$T/out" || fail "the report is not in the store"
