# status --period: a period of the cadence where every running item stayed silent is
# shown with its uten rapport count (not refused); a period of another kind is refused
# with the message 'status set' gives (its kind against the portfolio's cadence), and
# 'status set' names no bogus "command line:0:" location.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
tertial_projects p.yaml <<'Y'
  - {code: AAA, name: Går videre, phases: [{phase: innforing, start: 2025, end: 2026}]}
  - {code: CCC, name: Stille prosjekt, phases: [{phase: innforing, start: 2025, end: 2025}]}
Y
printf 'periode;kode;status;kommentar;budsjett\n2025-T1;AAA;grønn;;1\n2025-T1;CCC;gul;;1\n2025-T2;AAA;grønn;;1\n' >t.csv
"$VEIKART" import p.yaml t.csv >/dev/null
run "$VEIKART" status --period 2025-T3
expect_status 0
grep -q "0 rapporter, 2 uten rapport" "$T/out" || fail "2025-T3: $(head -1 "$T/out")"
grep -Eq "^  uten rapport +2 +100,0 % +\+1 siden 2025-T2" "$T/out" || fail "2025-T3 silent: $(cat "$T/out")"
run "$VEIKART" status --period 2025-T3 --format json
python3 -c "
import json, sys
s = json.load(open('$T/out'))
assert s['total'] == 0 and s['counts']['silent'] == 2 and s['missing'] == ['AAA', 'CCC'], s
assert s['previous_period'] == '2025-T2', s
" || fail "2025-T3 json"
# a tertial when nothing ran is still refused, saying so
run "$VEIKART" status --period 2030-T1
expect_status 1
grep -q "nothing ran in it" "$T/err" || fail "2030-T1: $(cat "$T/err")"
# a month in a tertial store: the same message as status set, no location
run "$VEIKART" status --period 2025-05
expect_status 2
grep -q "period '2025-05' is a month, but the portfolio reports by tertial" "$T/err" || fail "query: $(cat "$T/err")"
run "$VEIKART" status set AAA gul --period 2025-05
expect_status 65
grep -q "^veikart: period '2025-05' is a month, but the portfolio reports by tertial" "$T/err" ||
	fail "set: $(cat "$T/err")"
grep -q "command line:0" "$T/err" && fail "set names a bogus location"
exit 0
