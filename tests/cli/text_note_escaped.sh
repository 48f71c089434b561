# A note about a file (a column not used, a Windows-1252 sheet) is one line however the
# file is named: a newline in the name is shown escaped, so no second line can pose as
# a veikart: line.
. "$(dirname "$0")/lib.inc"
sample_store
nl='
'
name="st${nl}veikart: forged.csv"
printf 'periode;kode;status;Ansvarlig\r\n2021-05;PLL;gr\370nn;Ola\r\n' >"$name"
run "$VEIKART" import "$name"
expect_status 0
grep -v '^veikart: ' "$T/err" && fail "a stderr line does not start with 'veikart: '"
[ "$(grep -c 'forged' "$T/err")" -eq 2 ] || fail "expected the two notes to name the file"
grep -q 'st\\nveikart: forged.csv: not UTF-8; read as Windows-1252' "$T/err" ||
	fail "the Windows-1252 note does not show the name escaped"
grep -q "note: st\\\\nveikart: forged.csv: .*Ansvarlig" "$T/err" ||
	fail "the unused-column note does not show the name escaped"
