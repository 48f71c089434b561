# Bad score sheets end with exit 65 and FILE:LINE, and the store is left as it was.
. "$(dirname "$0")/lib.inc"
printf 'tiltak;M1;K1\nA;5;12\n' >range.csv
bad_sheet "K1 of 'A' is '12' \(expected a value from 0 to 10" range.csv
rm -f "$VEIKART_DB"
printf 'tiltak;M1;Z9\nA;5;5\n' >unknown.csv
bad_sheet "unknown criterion 'Z9'" unknown.csv
rm -f "$VEIKART_DB"
printf 'tiltak;M1\nA;5\nA;6\n' >dup.csv
bad_sheet "a second row for 'A' \(the first is on line 2\)" dup.csv
rm -f "$VEIKART_DB"
printf 'tiltak;kode;M1\nA;NOPE;5\n' >code.csv
bad_sheet "unknown programme or project code 'NOPE'" code.csv
