# A score sheet of 60,000 measures imports in linear time: the store no longer scans
# every measure for max(ord) per row (63 s before), and repeats are found by sorting.
. "$(dirname "$0")/lib.inc"
sample_store
python3 -c "
import sys
with open('scores.csv', 'w') as f:
    f.write('tiltak;M1;M2;K1;K2;K3;K4;P1;P2;H1;H2;I\n')
    for i in range(60000):
        f.write('Tiltak %d;%d;8;7;6;5;4;3;2;1;0;9\n' % (i, i % 11))
"
run timeout 25 "$VEIKART" import scores.csv
expect_status 0
grep -q "60000 tiltak med score" "$T/out" || fail "summary: $(cat "$T/out")"
[ "$(sqlite3 "$VEIKART_DB" "SELECT count(DISTINCT ord) FROM measure")" = 60000 ] || fail "ords"
[ "$(sqlite3 "$VEIKART_DB" "SELECT name FROM measure ORDER BY ord DESC LIMIT 1")" = "Tiltak 59999" ] ||
	fail "the last measure is not last"
# a second import replaces the measures and keeps their places
run timeout 25 "$VEIKART" import scores.csv
expect_status 0
[ "$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM measure")" = 60000 ] || fail "replaced"
[ "$(sqlite3 "$VEIKART_DB" "SELECT max(ord) FROM measure")" = 60000 ] || fail "ords moved"
