# An item that ran in a period without reporting stays "uten rapport" there after it is
# archived (past counts never change), in `status`, its list of codes and `--trend`; in
# a period reported after it left the plan it is not counted.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" >/dev/null
"$VEIKART" status --period 2021-05 >before.txt
"$VEIKART" status --trend >trend.before
grep -q "^  uten rapport      3 " before.txt || fail "the sample has 3 silent in 2021-05: $(cat before.txt)"
grep -q "HELSESTASJON" before.txt || fail "HELSESTASJON is silent in 2021-05"
"$VEIKART" remove HELSESTASJON >/dev/null
# the same lines, the archived item's code at the end of its list
codes() { sed -n 's/^Uten rapport denne perioden (3): //p' "$1" | tr -d ' ' | tr ',' '\n' | sort; }
same() {
	grep -v "^Uten rapport" "$1" >a.txt
	grep -v "^Uten rapport" "$2" >b.txt
	cmp -s a.txt b.txt && [ "$(codes "$1")" = "$(codes "$2")" ] && [ -n "$(codes "$2")" ]
}
"$VEIKART" status --period 2021-05 >after.txt
same before.txt after.txt || fail "2021-05 changed when HELSESTASJON left the plan: $(diff before.txt after.txt)"
"$VEIKART" status --trend >trend.after
cmp -s trend.before trend.after || fail "the trend changed: $(diff trend.before trend.after)"
# a later period (HELSESTASJON's plan runs to 2022): no longer part of the plan there
printf 'periode;kode;status\n2021-09;PLL;grønn\n' >sep.csv
"$VEIKART" import sep.csv >/dev/null
"$VEIKART" status --period 2021-09 >sep.txt
grep -q "HELSESTASJON" sep.txt && fail "an item archived before 2021-09 is silent in it"
"$VEIKART" status --period 2021-05 >after2.txt
same before.txt after2.txt || fail "2021-05 changed when 2021-09 came"
# back in the plan: 2021-09, reported while it was out, stays as it was; in a period
# after its return it is silent where it runs and does not report, as any live item
"$VEIKART" import "$SAMPLES/portfolio.yaml" >/dev/null
"$VEIKART" status --period 2021-09 >sep2.txt
cmp -s sep.txt sep2.txt || fail "bringing it back changed 2021-09: $(diff sep.txt sep2.txt)"
printf 'periode;kode;status\n2021-10;PLL;grønn\n' >oct.csv
"$VEIKART" import oct.csv >/dev/null
"$VEIKART" status --period 2021-10 | grep -q "HELSESTASJON" || fail "restored, it is silent in 2021-10"
# the trend counts uten rapport as `status --period` does, in every period
"$VEIKART" remove REG-KURVE-VEST >/dev/null
"$VEIKART" status --trend --format json >trend.json
for p in 2021-01 2021-05 2021-09 2021-10; do "$VEIKART" status --period $p --format json >"s-$p.json"; done
python3 - <<'PY' || fail "the trend's uten rapport differs from status --period"
import json
for row in json.load(open("trend.json")):
    s = json.load(open("s-%s.json" % row["period"]))
    assert row["counts"] == s["counts"], (row["period"], row["counts"], s["counts"])
PY
