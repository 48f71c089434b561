# Importing the same portfolio file again changes nothing and says so: its items are
# unchanged, not "updated"; an item whose plan changed is updated.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >p.yaml <<'Y'
veikart: 1
programmes:
  - code: PRG
    name: Program
    owner: Hdir
    phases: [{phase: innforing, start: 2024, end: 2025}]
    milestones: [{date: 2025-06, name: Ferdig, kind: goal}]
    projects:
      - {code: AAA, name: Prosjekt A, budget: {2024: 10}}
      - {code: BBB, name: Prosjekt B, depends_on: [AAA]}
Y
"$VEIKART" import p.yaml >/dev/null
run "$VEIKART" --lang en import p.yaml
expect_status 0
grep -q "^programmes and projects: 0 added, 0 updated, 3 unchanged, 0 archived" "$T/out" ||
	fail "identical re-import: $(cat "$T/out")"
sed 's/2024: 10/2024: 11/' p.yaml >p2.yaml
run "$VEIKART" --lang en import p2.yaml
grep -q "^programmes and projects: 0 added, 1 updated, 2 unchanged, 0 archived" "$T/out" ||
	fail "a changed budget: $(cat "$T/out")"
sed 's/name: Ferdig/name: Ferdig nå/' p2.yaml >p3.yaml
run "$VEIKART" import p3.yaml
grep -q "^programmer og prosjekter: 0 nye, 1 oppdatert, 2 uendret, 0 arkivert" "$T/out" ||
	fail "a changed milestone: $(cat "$T/out")"
