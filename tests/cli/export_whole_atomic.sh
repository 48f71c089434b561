# export yaml, json and csv write atomically: -o naming the store is refused with exit 73
# and leaves it whole, a directory that cannot take the file too, and no temporary file
# is left behind; unknown formats and sheets are usage errors.
. "$(dirname "$0")/lib.inc"
sample_store
store_state before.yaml
for f in yaml json; do
	run "$VEIKART" export $f -o "$VEIKART_DB"
	expect_status 73
done
run "$VEIKART" export csv --what reports -o "$VEIKART_DB"
expect_status 73
store_state after.yaml
cmp -s before.yaml after.yaml || fail "the store changed"
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

# a file that does not fit (the file size limit) fails with exit 73, one line on
# stderr, and leaves nothing
"$VEIKART" demo --out demo >/dev/null 2>&1
# ten descriptions of 30,000 characters: some 350 KB of YAML
sqlite3 demo/veikart.db "UPDATE item SET description = hex(randomblob(15000))
	WHERE id IN (SELECT id FROM item LIMIT 10)"
mkdir o
(
	ulimit -f 100 # blocks (dash: 512 bytes): room for the store's shared memory, not the file
	trap '' XFSZ
	for f in yaml json; do
		run "$VEIKART" --db demo/veikart.db export $f -o o/all.$f
		echo "$status" >o-$f.status
		cp "$T/err" err-$f
	done
)
for f in yaml json; do
	[ "$(cat o-$f.status)" -eq 73 ] || fail "$f over the limit: exit $(cat o-$f.status)"
	[ "$(wc -l <err-$f)" -eq 1 ] && grep -q "^veikart: o/all.$f: cannot be written" err-$f ||
		fail "$f over the limit: $(cat err-$f)"
done
[ -z "$(ls -A o)" ] || fail "files left: $(ls -A o)"
