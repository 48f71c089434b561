# "Uten rapport" on Oppsummering as in `veikart status`: per period, the live programmes
# and projects that ran in it (by their phases) without a report, its share and the
# shares of the colours (of the reports and the silent ones together) and the changes,
# recalculated by LibreOffice, equal `status --period P --format json` for every period;
# an item archived before a period is not silent in it; the stacked chart has the silent
# series in grey.
D=$(cd "$(dirname "$0")" && pwd)
. "$D/lib.inc"
. "$D/xlsx_lo.inc"
demo_store
# KJ-SYKEHJEM leaves the plan after 2021-05; then a third period with two reports:
# most running items are silent in it, and KJ-SYKEHJEM, archived before it, is not
"$VEIKART" remove KJ-SYKEHJEM >/dev/null
"$VEIKART" status set PDS grønn --period 2021-09 --budget 10 >/dev/null
"$VEIKART" status set SAFEST rød --period 2021-09 >/dev/null
for p in 2021-01 2021-05 2021-09; do
	"$VEIKART" status --period $p --format json >s-$p.json
done
"$VEIKART" export xlsx -o book.xlsx >/dev/null
lo_recalc book.xlsx lo
"$PY" - <<'P' || fail "uten rapport against veikart status"
import json, math, zipfile, openpyxl
silent = {}
for path in ("book.xlsx", "lo/book.xlsx"):
    su = openpyxl.load_workbook(path, data_only=True)["Oppsummering"]
    head = [c.value for c in su[1]]
    assert head[11:14] == ["Uten rapport", "Andel uten rapport", "Endring uten rapport"], head
    seen = 0
    for row in su.iter_rows(min_row=2, values_only=True):
        if not row[0]:
            break
        s = json.load(open("s-%s.json" % row[0]))
        c, sh, d = s["counts"], s["share"], s["delta"]
        assert row[4] == s["total"] and row[11] == c["silent"], (path, row, c)
        # the JSON's shares are exact, as the workbook's (LibreOffice's may differ in
        # the last bit of a double)
        got = [row[5], row[6], row[7], row[12]]
        want = [sh["green"], sh["yellow"], sh["red"], sh["silent"]]
        assert all(math.isclose(g, w, rel_tol=1e-12, abs_tol=1e-15) for g, w in zip(got, want)), (path, row[0], got, want)
        if d is None:
            assert row[8] is None and row[9] is None and row[13] is None, (path, row)
        else:
            assert [row[8], row[9], row[13]] == [d["yellow"], d["red"], d["silent"]], (path, row, d)
        silent[row[0]] = c["silent"]
        seen += 1
    assert seen == 3, (path, seen)
# the case is not empty: 2021-09 has many silent items, 2021-05 some, and KJ-SYKEHJEM
# (which reported in 2021-01 and 2021-05, and was archived before 2021-09) is not one
assert silent["2021-09"] > 20 and silent["2021-05"] > 0, silent
assert "KJ-SYKEHJEM" not in json.load(open("s-2021-09.json"))["missing"]
# the chart: grønn, gul, rød and uten rapport (grey) stacked
chart = zipfile.ZipFile("book.xlsx").read("xl/charts/chart1.xml").decode()
assert chart.count("<c:ser>") == 4, chart.count("<c:ser>")
last = chart.split("<c:ser>")[4]
assert "$L$1" in last and "$L$2:$L$4" in last and 'val="D9DDE3"' in last, last[:600]
P
exit 0
