# Archived items' reports stay in their periods, in the workbook as in `veikart status`:
# after a red project (KJ-SYKEHJEM, rød in 2021-01) and a programme (PLL) are archived,
# the Status sheet keeps them as rows after the live ones, marked "arkivert", with their
# colours in every period and the shown period's budget, so the Oppsummering counts and
# budget of every period, recalculated by LibreOffice, equal `status --period P --format
# json` - with an Excel table, with another period shown, and in constant-memory mode
# (more than 5,000 items: whole-column formulas). Utrulling and Milepæler are plans: the
# archived items are not in them.
D=$(cd "$(dirname "$0")" && pwd)
. "$D/lib.inc"
. "$D/xlsx_lo.inc"
demo_store
"$VEIKART" status --period 2021-01 --format json >live-2021-01.json
"$VEIKART" remove KJ-SYKEHJEM >/dev/null
"$VEIKART" remove PLL >/dev/null
# a store of more than 5,000 items: constant-memory mode
cp "$VEIKART_DB" big.db
sqlite3 big.db "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
	INSERT INTO item(kind, code, name, ord) SELECT 'programme', 'X' || i, 'Ekstra ' || i, 1000 + i FROM n"
for db in demo/veikart.db big.db; do
	for p in 2021-01 2021-05; do
		VEIKART_DB=$db "$VEIKART" status --period $p --format json >"$(basename $db .db)-$p.json"
	done
done
"$VEIKART" export xlsx -o book.xlsx >/dev/null
"$VEIKART" export xlsx --period 2021-01 -o early.xlsx >/dev/null
VEIKART_DB=big.db "$VEIKART" export xlsx -o big.xlsx >/dev/null
for f in book early big; do
	lo_recalc $f.xlsx lo
done
"$PY" - <<'P' || fail "workbook against veikart status"
import json, openpyxl
# the archive changed nothing of 2021-01 in veikart status (KJ-SYKEHJEM stays red there)
live = json.load(open("live-2021-01.json"))
after = json.load(open("veikart-2021-01.json"))
assert after["counts"] == live["counts"] and after["counts"]["red"] == 2, after["counts"]
for book, db in (("book", "veikart"), ("early", "veikart"), ("big", "big")):
    for path in (book + ".xlsx", "lo/" + book + ".xlsx"):
        su = openpyxl.load_workbook(path, data_only=True)["Oppsummering"]
        seen = 0
        for row in su.iter_rows(min_row=2, values_only=True):
            if not row[0]:
                break
            s = json.load(open("%s-%s.json" % (db, row[0])))
            c = s["counts"]
            assert list(row[1:5]) == [c["green"], c["yellow"], c["red"], s["total"]], (path, row, s)
            assert abs(row[10] - s["budget_mnok"]) < 1e-6, (path, row[0], row[10], s["budget_mnok"])
            seen += 1
        assert seen == (1 if book == "early" else 2), (path, seen)
# the Status sheet: the archived rows after the live ones, marked, with their colours
wb = openpyxl.load_workbook("book.xlsx")
st = wb["Status"]
rows = [[c.value for c in r] for r in st.iter_rows(min_row=2)]
codes = [r[0] for r in rows]
arch = [i for i, r in enumerate(rows) if r[4] == "arkivert"]
assert arch and arch == list(range(len(rows) - len(arch), len(rows))), arch
assert {rows[i][0] for i in arch} >= {"KJ-SYKEHJEM", "PLL", "SFM"}, [rows[i][0] for i in arch]
kj = rows[codes.index("KJ-SYKEHJEM")]
assert kj[5] == "gul" and kj[8] == "rød" and isinstance(kj[7], (int, float)), kj
assert st[arch[0] + 2][0].font.i, "an archived row is not greyed"
# the plans are live only
for sheet in ("Milepæler", "Utrulling"):
    for r in wb[sheet].iter_rows(values_only=True):
        for v in r:
            assert v not in ("PLL", "KJ-SYKEHJEM", "Pasientens legemiddelliste"), (sheet, r)
P
exit 0
