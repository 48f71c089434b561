# The rollout chart's axis spans all the programme has (its own phases and milestones as
# well as the rollout); with --from/--to, what lies beyond is named at that end.
. "$(dirname "$0")/lib.inc"

"$VEIKART" init >/dev/null
cat >p.yaml <<'Y'
veikart: 1
status_date: 2025-06-30
programmes:
  - code: UTE
    name: Utenfor aksen
    phases:
      - {phase: planlegging, start: 2020, end: 2021}
      - {phase: innforing, start: 2025, end: 2025}
    milestones:
      - {date: 2021-06-30, name: Tidlig beslutning, kind: decision}
      - {date: 2030, name: Sent mål, kind: goal}
    rollout:
      - area: bergen
        phases: [{phase: innforing, start: 2025-Q1, end: 2025-Q4}]
Y
"$VEIKART" import p.yaml >/dev/null
run "$VEIKART" render rollout --programme UTE -o r.pdf
expect_status 0
text=$(pdftotext -raw r.pdf - | tr '\n' ' ')
for y in 2020 2021 2025 2030; do
	echo "$text" | grep -q "$y" || fail "the axis does not reach $y"
done
echo "$text" | grep -q 'Planlegging Planlegging\|Planlegging .*Planlegging' ||
	fail "the programme's Planlegging phase (2020-2021) is not drawn"

run "$VEIKART" render rollout --programme UTE --from 2024-01-01 --to 2026-12-31 -o c.pdf
expect_status 0
text=$(pdftotext -raw c.pdf - | tr '\n' ' ')
echo "$text" | grep -q '◂ Planlegging 01.01.2020–31.12.2021, Tidlig beslutning 30.06.2021 (utenfor)' ||
	fail "what lies before --from is not named"
echo "$text" | grep -q 'Sent mål 31.12.2030 (utenfor) ▸' || fail "what lies after --to is not named"

# an area whose rollout lies wholly beyond the axis says so
run "$VEIKART" render rollout --programme UTE --from 2026-01-01 --to 2026-12-31 -o d.pdf
expect_status 0
pdftotext -raw d.pdf - | grep -q 'Helse Bergen utenfor perioden' ||
	fail "Helse Bergen's rollout (2025) left out without a word"
exit 0
