# A portfolio file's 'absences' and 'archived:' cannot rewrite a stored item's history:
# into a store that holds the code, the times out of the plan the file gives must be the
# store's (after what the import itself archives or brings back), and an archived item's
# plan must be as stored; otherwise the import is refused at FILE:LINE:COL and the store
# is left as it was. Given as stored, the file goes in unchanged.
. "$(dirname "$0")/lib.inc"
cat >p.yaml <<'YAML'
veikart: 1
projects:
  - {code: A, name: Alfa, phases: [{phase: innforing, start: 2021, end: 2022}]}
  - {code: B, name: Beta, phases: [{phase: innforing, start: 2021, end: 2022}]}
  - {code: R, name: Retur, phases: [{phase: innforing, start: 2021, end: 2022}]}
YAML
cat >r.yaml <<'YAML'
veikart: 1
projects:
  - {code: R, name: Retur, phases: [{phase: innforing, start: 2021, end: 2022}]}
YAML
"$VEIKART" init >/dev/null
printf 'periode;kode;status\n2021-01;A;gul\n2021-01;B;gul\n2021-01;R;gul\n' >s1.csv
"$VEIKART" import p.yaml s1.csv >/dev/null
"$VEIKART" remove B >/dev/null
"$VEIKART" remove R >/dev/null
printf 'periode;kode;status\n2021-02;A;gul\n' >s2.csv
"$VEIKART" import s2.csv >/dev/null
"$VEIKART" import r.yaml >/dev/null
"$VEIKART" export yaml -o all.yaml >/dev/null
grep -q '^    absences: \[{after: 2021-01-31, until: 2021-02-28}\]$' all.yaml ||
	fail "R's time out of the plan is not exported"
dump() { sqlite3 "$VEIKART_DB" .dump; }
dump >before.sql

# refused: RUN NAME PATTERN FILE: exit 65, the message, the store unchanged
refused() {
	run "$VEIKART" import "$3"
	expect_status 65
	grep -Eq "^veikart: $2" "$T/err" || fail "$1: not refused as expected"
	dump >after.sql
	cmp -s before.sql after.sql || fail "$1: the refused import changed the store"
}
# R's past time out of the plan moved
sed 's/^    absences: \[{after: 2021-01-31, until: 2021-02-28}\]$/    absences: [{after: 2020-12-31, until: 2021-02-28}]/' all.yaml >moved.yaml
line=$(grep -n 'after: 2020-12-31' moved.yaml | cut -d: -f1)
refused "moved" "moved.yaml:$line:5: 'R' was out of the plan after 2021-01-31 until 2021-02-28 \(the store's history\), not after 2020-12-31 until 2021-02-28: a file cannot rewrite it" moved.yaml
# R's past time out of the plan dropped
sed 's/^    absences: \[{after: 2021-01-31, until: 2021-02-28}\]$/    absences: []/' all.yaml >dropped.yaml
line=$(grep -n 'absences: \[\]' dropped.yaml | cut -d: -f1)
refused "dropped" "dropped.yaml:$line:5: 'R' was out of the plan after 2021-01-31 until 2021-02-28 \(the store's history\), not never" dropped.yaml
# archived B said to be out of the plan later than it is
sed 's/^    absences: \[{after: 2021-01-31}\]$/    absences: [{after: 2021-02-28}]/' all.yaml >later.yaml
refused "later" "later.yaml:[0-9]+:5: 'B' was out of the plan after 2021-01-31 \(still\)" later.yaml
# archived B's plan changed
sed 's/^    name: "Beta"$/    name: "Beta endret"/' all.yaml >plan.yaml
line=$(grep -n '^  - code: B$' plan.yaml | cut -d: -f1)
refused "plan" "plan.yaml:$line:11: archived 'B' has another plan in the store" plan.yaml

# as stored: goes in, nothing changes
run "$VEIKART" import all.yaml
expect_status 0
grep -q '0 nye, 0 oppdatert, 2 uendret, 0 arkivert, 0 hentet fra arkivet' "$T/out" ||
	fail "the store's own export is not unchanged"
"$VEIKART" export yaml -o again.yaml >/dev/null
cmp -s all.yaml again.yaml || fail "importing the store's own export changed it"

# a file that archives live A with the time out of the plan the store gives it goes in
cat >a.yaml <<'YAML'
veikart: 1
archived:
  - {code: A, kind: project, name: Alfa, phases: [{phase: innforing, start: 2021, end: 2022}], absences: [{after: 2021-02}]}
YAML
run "$VEIKART" import a.yaml
expect_status 0
grep -q '1 arkivert (A)' "$T/out" || fail "A is not archived by the file"
