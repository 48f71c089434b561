# Bringing an archived item back never changes a past period's counts: P1 and P2 leave
# the plan after 2021-T1, P3 alone reports in T2 and T3, and naming P1 and P2 again
# leaves T2 and T3 with 0 "uten rapport" (they were out of the plan then), in the trend,
# `status --period` and the workbook; in a period after their return they count again.
# The times out of the plan are kept across several leaves and returns.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
tertial_projects all.yaml <<'Y'
  - {code: P1, name: En, phases: [{phase: planlegging, start: 2021, end: 2023}]}
  - {code: P2, name: To, phases: [{phase: planlegging, start: 2021, end: 2023}]}
  - {code: P3, name: Tre, phases: [{phase: planlegging, start: 2021, end: 2023}]}
Y
printf 'veikart: 1\nprojects:\n  - {code: P3, name: Tre, phases: [{phase: planlegging, start: 2021, end: 2023}]}\n' >p3.yaml
sheet() { printf 'periode;kode;status\n' >"$1.csv"; p=$1; shift; for c; do printf '%s;%s;grønn\n' "$p" "$c" >>"$p.csv"; done; }
sheet 2021-T1 P1 P2 P3
sheet 2021-T2 P3
sheet 2021-T3 P3
sheet 2022-T1 P3
sheet 2022-T2 P3
"$VEIKART" import all.yaml 2021-T1.csv >/dev/null
"$VEIKART" import --replace p3.yaml >/dev/null
"$VEIKART" import 2021-T2.csv 2021-T3.csv >/dev/null
silent() { "$VEIKART" status --trend --format json | python3 -c '
import json, sys
print(" ".join("%s=%d" % (r["period"], r["counts"]["silent"]) for r in json.load(sys.stdin)))'; }
"$VEIKART" status --trend --format json >t.json
before=$(silent)
case "$before" in *"2021-T2=0 2021-T3=0"*) ;; *) fail "before: $before ($(cat t.json))" ;; esac
"$VEIKART" status --trend >trend.before
"$VEIKART" import all.yaml >/dev/null
"$VEIKART" status --trend >trend.after
cmp -s trend.before trend.after || fail "bringing P1 and P2 back changed the trend: $(diff trend.before trend.after)"
"$VEIKART" status --period 2021-T2 >t2.txt
grep -q "P1\|P2" t2.txt && fail "P1 or P2 silent in 2021-T2, when they were out of the plan: $(cat t2.txt)"
# the workbook's Oppsummering counts as the trend does
"$VEIKART" export xlsx -o a.xlsx >/dev/null
/usr/bin/python3 - <<'PY' || fail "the workbook counts P1 or P2 as silent while out of the plan"
import openpyxl
su = openpyxl.load_workbook("a.xlsx", data_only=True)["Oppsummering"]
assert su[1][11].value == "Uten rapport", [c.value for c in su[1]]
got = {r[0]: r[11] for r in su.iter_rows(min_row=2, values_only=True) if r[0]}
assert got == {"2021-T1": 0, "2021-T2": 0, "2021-T3": 0}, got
PY
# back in the plan: silent in a new period where they run and do not report
"$VEIKART" import 2022-T1.csv >/dev/null
"$VEIKART" status --period 2022-T1 >t4.txt
grep -q "P1" t4.txt && grep -q "P2" t4.txt || fail "restored P1 and P2 are not silent in 2022-T1: $(cat t4.txt)"
# out again and back again: both times out of the plan are kept
"$VEIKART" import --replace p3.yaml >/dev/null
"$VEIKART" import 2022-T2.csv >/dev/null
"$VEIKART" import all.yaml >/dev/null
[ "$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM item_absence a JOIN item i ON i.id = a.item_id WHERE i.code = 'P1'")" = 2 ] ||
	fail "P1's two times out of the plan are not both kept"
cnt=$(silent)
case "$cnt" in *"2021-T2=0 2021-T3=0 2022-T1=2 2022-T2=0"*) ;; *) fail "after a second return: $cnt" ;; esac
