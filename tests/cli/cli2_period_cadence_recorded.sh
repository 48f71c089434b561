# --period is checked against the cadence the store records, not the kind of its latest
# period: a store from an older veikart may hold a stray month after its tertials, and a
# tertial nobody reported in is still a period of the portfolio's cadence (status,
# render status), while a month is refused naming where the cadence comes from.
. "$(dirname "$0")/lib.inc"
sample_store
printf 'periode;kode;status\n2021-T1;PLL;gul\n2021-T2;PLL;grønn\n' >t.csv
"$VEIKART" import t.csv >/dev/null
[ "$(sqlite3 "$VEIKART_DB" "SELECT value FROM meta WHERE key = 'cadence'")" = tertial ] ||
	fail "the cadence is not recorded"
# the stray month an older veikart let in, after the tertials
sqlite3 "$VEIKART_DB" "INSERT INTO period (code, start_date, end_date) VALUES ('2021-09', '2021-09-01', '2021-09-30');
INSERT INTO status_report (item_id, period_id, colour) SELECT i.id, p.id, 'rod' FROM item i, period p WHERE i.code = 'PLL' AND p.code = '2021-09';"
run "$VEIKART" status --period 2021-T3
expect_status 0
grep -q "^Status 2021-T3" "$T/out" || fail "2021-T3 not shown: $(head -1 "$T/out")"
run "$VEIKART" render status --period 2021-T3 -o s.pdf
expect_status 0
run "$VEIKART" status --period 2021-10
expect_status 2
grep -q "is a month, but the portfolio reports by tertial (as the store records)" "$T/err" ||
	fail "message: $(cat "$T/err")"
