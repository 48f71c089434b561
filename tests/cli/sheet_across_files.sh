# Two sheets of one import that report the same code and period must agree: different
# colours (or comments, or budgets) are refused naming both files and lines, so the last
# file no longer wins in silence. Reports that agree are accepted.
. "$(dirname "$0")/lib.inc"
sample_store
printf 'periode;kode;status;kommentar\n2021-05;PLL;gul;Venter\n' >a.csv
printf 'periode;kode;status;kommentar\n2021-05;SFM;gul;\n2021-05;PLL;rød;Venter\n' >b.csv
bad_sheet "a different status for 'PLL' in 2021-05 than a.csv:2 \(rød against gul\)" a.csv b.csv
printf 'periode;kode;status;kommentar\n2021-05;PLL;gul;Venter på SFM\n' >c.csv
bad_sheet "a different comment for 'PLL' in 2021-05 than a.csv:2" a.csv c.csv
printf 'periode;kode;status;kommentar\n2021-05;PLL;gul;Venter\n2021-05;SFM;rød;\n' >d.csv
"$VEIKART" import a.csv d.csv >/dev/null
[ "$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM status_report")" = 2 ] || fail "agreeing sheets"
