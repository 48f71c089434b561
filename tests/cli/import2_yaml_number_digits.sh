# A YAML number with more significant digits than veikart keeps exactly (15, the
# sheets' rule) is refused at FILE:LINE:COL, not rounded unseen; 15 go in exactly.
. "$(dirname "$0")/lib.inc"
for n in 1.23456789012345678 1234567890123456 0.1234567890123456 1.234567890123456e2; do
	printf 'veikart: 1\nprojects: [{code: BUD, name: B, budget: {2024: %s}}]\n' "$n" >b.yaml
	rm -f "$VEIKART_DB"
	bad_import "'budget' has more than 15 significant digits: '$n'" b.yaml || fail "$n"
done
printf 'veikart: 1\nscoring: {criteria: [{code: g, name: G, weight: 0.1234567890123456, criteria: [{code: c, name: C}]}]}\n' >w.yaml
rm -f "$VEIKART_DB"
bad_import "'weight' has more than 15 significant digits" w.yaml
rm -f "$VEIKART_DB"
"$VEIKART" init >/dev/null
printf 'veikart: 1\nprojects: [{code: BUD, name: B, budget: {2024: 123456789.012345, 2025: 000.5}}]\n' >ok.yaml
run "$VEIKART" import ok.yaml
expect_status 0
[ "$(sqlite3 "$VEIKART_DB" "SELECT printf('%.6f', mnok) FROM budget ORDER BY year LIMIT 1")" = 123456789.012345 ] ||
	fail "15 digits not kept"
