# Sheet numbers are read one way only: spaces (also no-break) group thousands, one
# decimal comma or point; forms a Norwegian and an English reader would read differently
# are refused with both readings, and hexadecimal, inf, nan and exponents are not numbers.
. "$(dirname "$0")/lib.inc"
sample_store
nbsp=$(printf '\302\240')
printf 'periode;kode;status;kommentar;budsjett\n2021-05;PLL;gul;;1 234,5\n2021-05;SFM;gul;;1%s234,25\n2021-05;SAFEST;gul;;1234,5\n2021-05;EMULTIDOSE;gul;;1234.5\n2021-05;PLL-V1;gul;;0,125\n2021-05;HTO;gul;;12 345 678\n' "$nbsp" >good.csv
"$VEIKART" import good.csv >/dev/null
got=$(sqlite3 "$VEIKART_DB" "SELECT group_concat(budget_mnok, ' ') FROM (SELECT budget_mnok FROM status_report ORDER BY budget_mnok)")
[ "$got" = "0.125 1234.25 1234.5 1234.5 1234.5 12345678.0" ] || fail "budgets read as $got"
for bad in '1,234.5' '1.234,5' '1,234' '1.234' '0x10' '0x1p4' inf nan 1e300 1e3 '1,234,567' '12 34' '-5'; do
	printf 'periode;kode;status;kommentar;budsjett\n2021-05;PLL;gul;;%s\n' "$bad" >bad.csv
	store_state before.yaml
	run "$VEIKART" import bad.csv
	[ "$status" = 65 ] || fail "'$bad' was accepted (exit $status)"
	grep -q "^veikart: bad.csv:2: invalid budget '$bad' in column 5: " "$T/err" || fail "'$bad': message"
	store_state after.yaml
	cmp -s before.yaml after.yaml || fail "'$bad' changed the store"
done
printf 'periode;kode;status;kommentar;budsjett\n2021-05;PLL;gul;;1,234.5\n' >bad.csv
run "$VEIKART" import bad.csv
grep -q "ambiguous number: 1234.5 if ',' groups thousands, 1.2345 if ',' is the decimal mark" "$T/err" ||
	fail "both readings"
# scores and costs read numbers the same way
printf 'tiltak;M1\nA;0x5\n' >scores.csv
run "$VEIKART" import scores.csv
expect_status 65
printf 'løsning;år;type;mnok\nHelsenorge;2024;faktisk;1,234\n' >costs.csv
run "$VEIKART" import costs.csv
expect_status 65
grep -q "invalid amount '1,234' in column 4: ambiguous number" "$T/err" || fail "cost message"
