# The code column is the one headed kode|code wherever it stands; a prosjekt column
# before it holding names is left alone (and named in a note), and a prosjekt column is
# never read as codes when it holds names.
. "$(dirname "$0")/lib.inc"
sample_store
printf 'Prosjekt;Periode;Kode;Status\nPasientens legemiddelliste;2021-05;PLL;gul\nSentral forskrivningsmodul;2021-05;SFM;rød\n' >named.csv
run "$VEIKART" import named.csv
expect_status 0
[ "$(sqlite3 "$VEIKART_DB" "SELECT group_concat(i.code || '=' || s.colour, ' ') FROM status_report s JOIN item i ON i.id = s.item_id ORDER BY i.code")" = "PLL=gul SFM=rod" ] ||
	fail "codes not read from the Kode column"
grep -q "^veikart: note: named.csv: column 1 'Prosjekt' is not used$" "$T/err" || fail "no note"
# a Prosjekt column alone may hold codes ...
printf 'Periode;Prosjekt;Status\n2021-05;PLL;grønn\n' >codes.csv
"$VEIKART" import codes.csv >/dev/null
[ "$(sqlite3 "$VEIKART_DB" "SELECT colour FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = 'PLL'")" = gronn ] ||
	fail "prosjekt codes"
# ... but names are refused, not looked up as codes
printf 'Periode;Prosjekt;Status\n2021-05;Pasientens legemiddelliste;grønn\n' >names.csv
bad_sheet "column 2 'Prosjekt' holds 'Pasientens legemiddelliste', not a programme or project code" names.csv
