# A portfolio reports by one cadence: the first sheet's (kept in the store), or the one
# 'cadence:' in the portfolio file sets. A period of another kind is refused, and the
# change shown for a period is against the previous period of the cadence, also in a
# store that holds a stray period of another kind from before.
. "$(dirname "$0")/lib.inc"
sample_store
printf 'periode;kode;status\n2025-T1;PLL;gul\n2025-T1;SFM;gul\n2025-T2;PLL;grønn\n2025-T2;SFM;grønn\n' >tertials.csv
"$VEIKART" import tertials.csv >/dev/null
[ "$(sqlite3 "$VEIKART_DB" "SELECT value FROM meta WHERE key = 'cadence'")" = tertial ] || fail "cadence not kept"
printf 'periode;kode;status\n2025-T3;PLL;grønn\n2025-09;SFM;grønn\n' >mixed.csv
bad_sheet "period '2025-09' is a month, but the portfolio reports by tertial" mixed.csv
# status set is held to the cadence too
"$VEIKART" import tertials.csv >/dev/null
run "$VEIKART" status set PLL gul --period 2025-09
[ "$status" = 65 ] || fail "status set in another kind: exit $status"
# a store from before: a month stored between the tertials
sqlite3 "$VEIKART_DB" "INSERT INTO period (code, start_date, end_date) VALUES ('2025-05', '2025-05-01', '2025-05-31');
	INSERT INTO status_report (item_id, period_id, colour) SELECT i.id, p.id, 'gronn' FROM item i, period p WHERE i.code = 'HTO' AND p.code = '2025-05';"
"$VEIKART" status --period 2025-T2 >out.txt
grep -q "grønn *2 .* +2 siden 2025-T1" out.txt || fail "delta not against 2025-T1: $(cat out.txt)"
grep -q "siden 2025-05" out.txt && fail "compared with the month"
# the portfolio file may set the cadence, but not over reports of another kind
sed 's/^veikart: 1$/veikart: 1\ncadence: month/' "$SAMPLES/portfolio.yaml" >monthly.yaml
grep -q '^cadence: month$' monthly.yaml || fail "test setup"
run "$VEIKART" import monthly.yaml
expect_status 65
grep -q "sets cadence 'month', but the store holds reports by tertial" "$T/err" || fail "cadence over reports"
rm -f "$VEIKART_DB"
sample_store
"$VEIKART" import monthly.yaml >/dev/null
run "$VEIKART" import tertials.csv
expect_status 65
grep -q "tertials.csv:2: period '2025-T1' is a tertial, but the portfolio reports by month" "$T/err" ||
	fail "file cadence"
sed 's/^veikart: 1$/veikart: 1\ncadence: fortnight/' "$SAMPLES/portfolio.yaml" >bad.yaml
run "$VEIKART" import bad.yaml
expect_status 65
grep -q "unknown cadence 'fortnight'" "$T/err" || fail "unknown cadence"
