# A sheet as Norwegian Excel saves it (BOM, ';', CRLF, quoted ';' and line breaks,
# decimal comma with a space between thousands) and one saved as Windows-1252 both
# import, the second with a note on stderr.
. "$(dirname "$0")/lib.inc"
sample_store
printf '\357\273\277Periode;Kode;Status;Kommentar;Budsjett\r\n2021-05;PLL;Gul;"Venter; SFM\r\nforsinket";"1 723,5"\r\n2021-05;SAFEST;RØD;Forsinket;12\r\n' >excel.csv
"$VEIKART" import excel.csv >out.txt
grep -q "2 statusrapporter (2 nye, 0 erstattet, 0 uendret)" out.txt || fail "import summary"
[ "$(sqlite3 "$VEIKART_DB" "SELECT sum(budget_mnok) FROM status_report")" = 1735.5 ] || fail "budgets"
printf 'periode;kode;status;kommentar\r\n2021-05;PLL;gr\370nn;Pr\370vesvar i rute\r\n' >latin.csv
run "$VEIKART" import latin.csv
expect_status 0
grep -q "^veikart: latin.csv: not UTF-8; read as Windows-1252$" "$T/err" || fail "no note"
grep -q "1 statusrapporter (0 nye, 1 erstattet, 0 uendret)" "$T/out" || fail "replace count"
[ "$(sqlite3 "$VEIKART_DB" "SELECT comment FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = 'PLL'")" = "Prøvesvar i rute" ] ||
	fail "conversion"
