# Text longer than a spreadsheet cell holds (32,767 characters) is refused at import with
# its position, so a workbook never gets an empty cell in its place; 32,767 is accepted.
. "$(dirname "$0")/lib.inc"
sample_store
python3 -c "
open('long.csv', 'w').write('periode;kode;status;kommentar\n2021-05;SFM;gul;kort\n2021-05;PLL;gul;' + 'ø' * 32768 + '\n')
open('full.csv', 'w').write('periode;kode;status;kommentar\n2021-05;PLL;gul;' + 'ø' * 32767 + '\n')"
bad_sheet "the text in column 4 has 32768 characters, more than a spreadsheet cell holds \(32767\)" long.csv
[ "$(sed -n 's/^veikart: \([^:]*:[0-9]*\):.*/\1/p' "$T/err")" = long.csv:3 ] || fail "position"
"$VEIKART" import full.csv >/dev/null
[ "$(sqlite3 "$VEIKART_DB" "SELECT length(comment) FROM status_report")" = 32767 ] || fail "the longest cell"
# the same limit for a comment given on the command line
run "$VEIKART" status set PLL gul --period 2021-05 --comment "$(python3 -c "print('x' * 32768)")"
expect_status 65
grep -q "the comment has 32768 characters, more than a spreadsheet cell holds" "$T/err" || fail "status set"
[ "$(sqlite3 "$VEIKART_DB" "SELECT length(comment) FROM status_report")" = 32767 ] || fail "changed"
