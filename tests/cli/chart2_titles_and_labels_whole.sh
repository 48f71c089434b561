# A chart's title wraps instead of being cut, and a row label cut to its column is
# numbered and whole in the legend: every name given is on the chart in full.
. "$(dirname "$0")/lib.inc"

long='Velferdsteknologi og trygghetsskapende teknologi for hjemmeboende eldre i distriktskommunene'
other='Digital hjemmeoppfølging av kronisk syke – videreføring etter utprøving i Ålesund og Søgne'
"$VEIKART" init >/dev/null
cat >p.yaml <<Y
veikart: 1
programmes:
  - code: VEL
    name: $long
    phases: [{phase: planlegging, start: 2024, end: 2025}]
    rollout:
      - area: bergen
        phases: [{phase: innforing, start: 2025-Q1, end: 2025-Q4}]
  - code: DIG
    name: $other
    phases: [{phase: innforing, start: 2024, end: 2026}]
Y
"$VEIKART" import p.yaml >/dev/null

run "$VEIKART" render rollout --programme VEL -o r.pdf
expect_status 0
head=$(pdftotext -raw -l 1 r.pdf - | sed -n 1,3p | tr '\n' ' ')
echo "$head" | grep -qF "$long" || fail "the rollout title is not whole: $head"
! echo "$head" | grep -q '…' || fail "the rollout title is cut"

run "$VEIKART" render roadmap -o m.pdf
expect_status 0
text=$(pdftotext -raw m.pdf - | tr '\n' ' ')
for name in "$long" "$other"; do
	echo "$text" | grep -qF "$name" || fail "'$name' is nowhere whole on the roadmap"
done
echo "$text" | grep -qF "[1] $long" || fail "the cut label has no numbered note in the legend"
exit 0
