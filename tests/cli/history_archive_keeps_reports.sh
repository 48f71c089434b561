# Items that leave the plan (a programme's project left out of its file, or everything
# a file passed with --replace does not name) are archived, not deleted: their reports and
# score links stay, past periods' counts and budgets never change, they drop out of the
# current lists, `list --archived` shows them, a past red list still names them, and a
# file that names them again brings them back with their history.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" "$SAMPLES/scores-2023.csv" >/dev/null
"$VEIKART" status --trend >trend.before
reports() { sqlite3 "$VEIKART_DB" "SELECT count(*) FROM status_report"; }
n=$(reports)
# PLL given again with one project: its other projects (PLL-V1 ...) leave the plan
cat >pll.yaml <<'Y'
veikart: 1
programmes:
  - code: PLL
    name: Pasientens legemiddelliste
    projects: [{code: SFM, name: Sentral forskrivningsmodul}]
Y
"$VEIKART" import pll.yaml >/dev/null
[ "$(reports)" = "$n" ] || fail "reports went from $n to $(reports) when projects left the file"
"$VEIKART" status --trend >trend.after
cmp -s trend.before trend.after || fail "past periods changed: $(diff trend.before trend.after)"
"$VEIKART" list projects | grep -q "^-    PLL-V1 " && fail "an archived project is still listed"
"$VEIKART" list --archived | grep -q "PLL-V1" || fail "list --archived does not show PLL-V1"
"$VEIKART" list projects --archived --format json | grep -q '"PLL-V1"' ||
	fail "list projects --archived --format json does not show PLL-V1"
run "$VEIKART" show PLL-V1
expect_status 0
head -1 "$T/out" | grep -q "(arkivert)" || fail "show of an archived item does not say it is archived"
# --replace: everything else is archived, nothing is deleted
"$VEIKART" import --replace pll.yaml >/dev/null
[ "$(reports)" = "$n" ] || fail "--replace deleted reports: $n -> $(reports)"
"$VEIKART" status --trend >trend.after
cmp -s trend.before trend.after || fail "--replace changed past periods"
[ "$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM measure m JOIN item i ON i.id = m.item_id WHERE i.code = 'DOKUMENTDELING'")" = 1 ] ||
	fail "a measure lost its link to an archived programme"
# SAFEST (archived now) was red in 2021-01: the past red list still names it
"$VEIKART" status --period 2021-01 >st.txt
grep -q "^  SAFEST" st.txt || fail "the red list of 2021-01 lost the archived SAFEST: $(cat st.txt)"
grep -q "^Status 2021-01 · 48 rapporter" st.txt || fail "2021-01 count: $(head -1 st.txt)"
# the charts and the workbook see the live plan, and still work
"$VEIKART" render roadmap -o r.pdf >/dev/null || fail "render with archived items"
"$VEIKART" export xlsx -o w.xlsx >/dev/null || fail "export with archived items"
"$VEIKART" score >/dev/null || fail "score with archived items"
run "$VEIKART" check
[ "$status" -lt 128 ] || fail "check crashed"
# the whole file again: every archived item comes back with its reports
"$VEIKART" import "$SAMPLES/portfolio.yaml" >/dev/null
[ "$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM item WHERE archived = 1")" = 0 ] ||
	fail "items named again stay archived"
"$VEIKART" show PLL-V1 >/dev/null || fail "PLL-V1 not back"
[ "$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = 'PLL-V1'")" = 2 ] ||
	fail "PLL-V1 came back without its reports"
