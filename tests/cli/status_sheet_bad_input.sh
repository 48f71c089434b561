# Each kind of bad status sheet ends with exit 65, FILE:LINE, and the store unchanged.
. "$(dirname "$0")/lib.inc"
printf 'periode;kode;status\n2021-05;PLL;gul\n2021-05;FINNES-IKKE;gul\n' >unknown.csv
bad_sheet "unknown programme or project code 'FINNES-IKKE'" unknown.csv
grep -q "^veikart: unknown.csv:3: " "$T/err" || fail "line of the unknown code"
rm -f "$VEIKART_DB"
printf 'periode;kode;status\n2021-05;PLL;lilla\n' >word.csv
bad_sheet "unknown status 'lilla'" word.csv
rm -f "$VEIKART_DB"
printf 'periode;kode;status\n2021-05;PLL;gul\n2021-05;SFM;gul\n2021-05;PLL;rød\n' >dup.csv
bad_sheet "a second report for 'PLL' in 2021-05 \(the first is on line 2\)" dup.csv
rm -f "$VEIKART_DB"
printf 'periode;status;kommentar\n2021-05;gul;x\n' >nocode.csv
bad_sheet "no 'kode' column" nocode.csv
rm -f "$VEIKART_DB"
printf 'periode;kode;status;budsjett\n2021-05;PLL;gul;mange\n' >number.csv
bad_sheet "invalid budget 'mange'" number.csv
rm -f "$VEIKART_DB"
printf 'periode;kode;status\n2021/05;PLL;gul\n' >period.csv
bad_sheet "invalid period '2021/05'" period.csv
