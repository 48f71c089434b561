# export yaml, json and csv write atomically: -o naming the store is refused with exit 73
# and leaves it whole, a directory that cannot take the file too, and no temporary file
# is left behind; unknown formats and sheets are usage errors.
. "$(dirname "$0")/lib.inc"
sample_store
sqlite3 "$VEIKART_DB" .dump >before.sql
for f in yaml json; do
	run "$VEIKART" export $f -o "$VEIKART_DB"
	expect_status 73
done
run "$VEIKART" export csv --what reports -o "$VEIKART_DB"
expect_status 73
sqlite3 "$VEIKART_DB" .dump >after.sql
cmp -s before.sql after.sql || fail "the store changed"
mkdir ro && chmod 555 ro
if [ "$(id -u)" -ne 0 ]; then
	run "$VEIKART" export yaml -o ro/p.yaml
	expect_status 73
fi
echo old >kept.yaml
run "$VEIKART" export yaml -o kept.yaml
expect_status 0
grep -q '^veikart: 1$' kept.yaml || fail "not written"
[ "$(ls -a | grep -c '\.tmp\|^\.kept')" -eq 0 ] || fail "a temporary file is left: $(ls -a)"
run "$VEIKART" export csv -o x.csv
expect_status 2
run "$VEIKART" export csv --what plans -o x.csv
expect_status 2
run "$VEIKART" export yaml --what reports -o x.yaml
expect_status 2
run "$VEIKART" export yaml --period 2021-01 -o x.yaml
expect_status 2
run "$VEIKART" export pdf -o x.pdf
expect_status 2
