# Items that have left the plan come out whole too: `export yaml` writes them under
# 'archived:' with their plan, and their reports under 'reports:'. An import cannot bring
# them back as archived (the store keeps when each was out of the plan), so it refuses
# the section with FILE:LINE:COL and a way on, rather than making them live unseen.
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
sed -n '/^archived:/,/^reports:/p' all.yaml | grep -q 'code: B' || fail "B is not under archived:"
grep -q 'description: "går ut av planen"' all.yaml || fail "B's plan is not written"
grep -q '{period: 2021-01, code: B, status: rød, comment: "b: ute"}' all.yaml ||
	fail "B's report is not written"
line=$(grep -n '^archived:' all.yaml | cut -d: -f1)
rm -f new.db
"$VEIKART" --db new.db init >/dev/null
run "$VEIKART" --db new.db import all.yaml
expect_status 65
grep -q "^veikart: all.yaml:$line:1: 'archived' lists items that have left the plan" "$T/err" ||
	fail "the archived section is not refused at its line"
# the JSON export has them too, marked
run "$VEIKART" export json -o all.json
expect_status 0
python3 -c '
import json, sys
d = json.load(open("all.json"))
assert [i["code"] for i in d["archived"]] == ["B"], d["archived"]
assert d["archived"][0]["absences"][0]["after"] == "2021-01-31", d["archived"][0]
assert [r["code"] for r in d["reports"]] == ["A", "B"]
' || fail "the JSON export lacks the archived item"
