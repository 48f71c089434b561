# A file that drops an area (replace_regions) or a phase kind that only an archived
# item's stored plan still uses is refused, naming the item and the area or phase kind;
# the archived item's rollout and phases stay.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
cat >a.yaml <<'Y'
veikart: 1
programmes:
  - code: OLD
    name: Gammelt program
    phases: [{phase: planlegging, start: 2022, end: 2023}, {phase: innforing, start: 2024, end: 2025}]
    rollout:
      - area: bergen
        phases: [{phase: innforing, start: 2024, end: 2025}]
  - {code: NEW, name: Nytt program, phases: [{phase: innforing, start: 2025, end: 2026}]}
Y
"$VEIKART" import a.yaml >/dev/null
"$VEIKART" remove OLD >/dev/null
rows() { sqlite3 "$VEIKART_DB" "SELECT (SELECT count(*) FROM rollout) || '/' || (SELECT count(*) FROM item_phase p JOIN item i ON i.id = p.item_id WHERE i.code = 'OLD')"; }
[ "$(rows)" = "1/2" ] || fail "before: $(rows)"
# refused FILE PATTERN: importing FILE is refused (65) with a message matching PATTERN,
# and OLD keeps its rollout and phases
refused() {
	run "$VEIKART" import "$1"
	expect_status 65
	grep -q "$2" "$T/err" || fail "$1: message: $(cat "$T/err")"
	[ "$(rows)" = "1/2" ] || fail "after $1: $(rows)"
}
cat >regions.yaml <<'Y'
veikart: 1
replace_regions: true
regions:
  - code: agder
    name: Agder
    areas: [{code: kristiansand, name: Kristiansand}]
programmes:
  - {code: NEW, name: Nytt program, phases: [{phase: innforing, start: 2025, end: 2026}]}
Y
refused regions.yaml "area 'bergen'.*archived 'OLD'.*veikart remove OLD --purge"
cat >phases.yaml <<'Y'
veikart: 1
phases:
  - {code: konsept, name: Konsept, colour: "#B3C7E6"}
  - {code: innforing, name: Innføring, colour: "#5DA271"}
programmes:
  - {code: NEW, name: Nytt program, phases: [{phase: innforing, start: 2025, end: 2026}]}
Y
refused phases.yaml "phase kind 'planlegging'.*archived 'OLD'"
# purged first, the same files go in
"$VEIKART" remove OLD --purge >/dev/null
"$VEIKART" import regions.yaml phases.yaml >/dev/null || fail "refused after purge"
