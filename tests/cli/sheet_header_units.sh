# Headers are matched without a unit in brackets: "Budsjett (MNOK)", as veikart's own
# workbook heads it, is the budget; a budget in another unit is refused; a column veikart
# does not use is named on stderr, one line each, never dropped without a word.
. "$(dirname "$0")/lib.inc"
sample_store
printf 'Periode;Kode;Status;Kommentar;Budsjett (MNOK);Ansvarlig;;\n2021-05;PLL;gul;Venter;120,5;Kari;;\n2021-05;SFM;gul;;[x];Ola;;\n' >sheet.csv
sed -i 's/\[x\]/30/' sheet.csv
run "$VEIKART" import sheet.csv
expect_status 0
[ "$(sqlite3 "$VEIKART_DB" "SELECT sum(budget_mnok) FROM status_report")" = 150.5 ] || fail "budget column ignored"
[ "$(cat "$T/err")" = "veikart: note: sheet.csv: column 6 'Ansvarlig' is not used" ] ||
	fail "expected one note for Ansvarlig (the empty trailing columns are no columns)"
printf 'Periode [ÅÅÅÅ-MM];Kode;Status (farge);Budsjett [mnok]\n2021-05;PLL;rød;7\n' >brackets.csv
"$VEIKART" import brackets.csv >/dev/null 2>"$T/err"
[ "$(sqlite3 "$VEIKART_DB" "SELECT s.colour || ' ' || s.budget_mnok FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = 'PLL'")" = "rod 7.0" ] ||
	fail "bracketed headers"
[ ! -s "$T/err" ] || fail "unexpected notes: $(cat "$T/err")"
printf 'løsning;år;type;Beløp (MNOK);Kilde\nHelsenorge;2024;faktisk;279,5;Årsrapport\n' >costs.csv
run "$VEIKART" import costs.csv
expect_status 0
[ "$(cat "$T/err")" = "veikart: note: costs.csv: column 5 'Kilde' is not used" ] || fail "cost note"
printf 'Periode;Kode;Status;Budsjett (NOK)\n2021-05;PLL;gul;120500000\n' >nok.csv
bad_sheet "column 4 'Budsjett \(NOK\)' is in NOK, but veikart reads it in MNOK" nok.csv
