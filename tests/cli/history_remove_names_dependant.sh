# remove refuses a programme another item depends on, in words that say so: which item
# depends on which, and what to do; nothing is archived.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >r.yaml <<'Y'
veikart: 1
programmes:
  - code: VFT
    name: V
    phases: [{phase: behov, start: 2024, end: 2025}]
    projects: [{code: VFT-A, name: A, phases: [{phase: behov, start: 2024, end: 2025}]}]
  - {code: DEP, name: D, depends_on: [VFT-A], phases: [{phase: behov, start: 2024, end: 2025}]}
Y
"$VEIKART" import r.yaml >/dev/null
store_state before.yaml
run "$VEIKART" remove VFT
expect_status 65
grep -q "^veikart: cannot remove 'VFT': 'DEP' depends on 'VFT-A' (take that dependency out of 'DEP' first)$" "$T/err" ||
	fail "the refusal does not name the dependency"
store_state after.yaml
cmp -s before.yaml after.yaml || fail "a refused remove changed the store"
