# Budgets are printed as stored, in the run's language: 0.05 and 40.25 MNOK show as
# "0,05" and "40,25" in nb (not rounded to 0.1 and 40.2, not with a decimal point), in
# show and status; in English with a point.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >b.yaml <<'Y'
veikart: 1
programmes:
  - code: BUD
    name: Budsjettprøve
    phases: [{phase: planlegging, start: 2024, end: 2026}]
    budget: {2024: 0.05, 2025: 40.25, 2026: 1234.5}
Y
"$VEIKART" import b.yaml >/dev/null
run "$VEIKART" show BUD
expect_status 0
grep -Eq "^  2024  0,05$" "$T/out" || fail "2024: $(grep 2024 "$T/out")"
grep -Eq "^  2025  40,25$" "$T/out" || fail "2025: $(grep 2025 "$T/out")"
grep -Eq "^  2026  1.234,5$" "$T/out" || fail "2026: $(grep 2026 "$T/out")"
run "$VEIKART" --lang en show BUD
grep -Eq "^  2025  40\.25$" "$T/out" || fail "English 2025: $(grep 2025 "$T/out")"
"$VEIKART" status set BUD gul --period 2025-05 --budget 0,05 >/dev/null
run "$VEIKART" status --period 2025-05
expect_status 0
grep -q "Budsjett 0,05 MNOK" "$T/out" || fail "status budget: $(grep Budsjett "$T/out")"
run "$VEIKART" status --trend
grep -Eq "^2025-05 .* 0,05 *$" "$T/out" || fail "trend budget: $(cat "$T/out")"
# seven decimals (a budget may have up to 15 significant digits) are shown whole too
"$VEIKART" status set BUD gul --period 2025-05 --budget 0,1234567 >/dev/null
"$VEIKART" status --period 2025-05 | grep -q "Budsjett 0,1234567 MNOK" ||
	fail "0,1234567 shown as $("$VEIKART" status --period 2025-05 | grep Budsjett)"
"$VEIKART" show BUD | grep -q "0,1234567 MNOK" || fail "show rounds 0,1234567"
