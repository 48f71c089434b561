# Items that have left the plan come out whole and go back in: `export yaml` writes them
# under 'archived:' (kind, programme, plan and their times out of the plan as
# 'absences'), their reports under 'reports:', and an import into a new store stores
# them archived as they were, so past periods count the same.
. "$(dirname "$0")/lib.inc"
cat >p.yaml <<'YAML'
veikart: 1
projects:
  - {code: A, name: Alfa, phases: [{phase: innforing, start: 2021, end: 2022}]}
  - {code: B, name: Beta, description: "går ut av planen"}
YAML
printf 'periode;kode;status;kommentar\n2021-01;A;gul;a\n2021-01;B;rød;"b: ute"\n' >s.csv
"$VEIKART" init >/dev/null
"$VEIKART" import p.yaml s.csv >/dev/null
"$VEIKART" remove B >/dev/null
run "$VEIKART" export yaml -o all.yaml
expect_status 0
sed -n '/^archived:/,/^reports:/p' all.yaml >archived.txt
grep -q '^  - code: B$' archived.txt || fail "B is not under archived:"
grep -q '^    kind: project$' archived.txt || fail "B's kind is not written"
grep -q '^    absences: \[{after: 2021-01-31}\]$' archived.txt ||
	fail "B's time out of the plan is not written as a key"
grep -q 'description: "går ut av planen"' all.yaml || fail "B's plan is not written"
grep -q '{period: 2021-01, code: B, status: rød, comment: "b: ute"}' all.yaml ||
	fail "B's report is not written"
rm -f new.db
"$VEIKART" --db new.db init >/dev/null
run "$VEIKART" --db new.db import all.yaml
expect_status 0
run "$VEIKART" --db new.db list projects --archived --format json
expect_status 0
grep -q '"B"' "$T/out" || fail "B is not archived in the new store"
run "$VEIKART" --db new.db list projects --format json
grep -q '"B"' "$T/out" && fail "B is live in the new store"
# the JSON export has them too, marked, with the same times out of the plan
for db in "$VEIKART_DB" new.db; do
	run "$VEIKART" --db "$db" export json -o all.json
	expect_status 0
	python3 -c '
import json, sys
d = json.load(open("all.json"))
assert [i["code"] for i in d["archived"]] == ["B"], d["archived"]
assert d["archived"][0]["absences"] == [{"after": "2021-01-31", "until": None}], d["archived"][0]
assert [r["code"] for r in d["reports"]] == ["A", "B"]
' || fail "the JSON export of $db lacks the archived item"
done
# an archived item takes no report after it left the plan, in the new store as in the old
printf 'periode;kode;status\n2021-02;B;gul\n' >late.csv
run "$VEIKART" --db new.db import late.csv
expect_status 65
grep -q "'B' is archived (in the plan up to 2021-01)" "$T/err" || fail "a late report for B goes in"
# the import's summary says how many came in archived, by code
rm -f new2.db
"$VEIKART" --db new2.db init >/dev/null
run "$VEIKART" --db new2.db --lang en import all.yaml
expect_status 0
grep -q '^programmes and projects: 1 added, .*, 1 archived from the file (B), 0 renamed$' "$T/out" ||
	fail "the summary does not say that B came in archived"
