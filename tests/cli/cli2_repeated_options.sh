# An option given twice is refused (exit 2, "--X given twice") by every command, not
# silently replaced by the last one; --weight, which adds, may repeat. Nothing is written.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" >/dev/null
run "$VEIKART" render roadmap -o a.pdf -o b.pdf
expect_status 2
grep -q -- "-o/--output given twice" "$T/err" || fail "no 'given twice' message"
[ ! -e a.pdf ] && [ ! -e b.pdf ] || fail "a refused render wrote a file"
run "$VEIKART" status --period 2021-05 --period=2021-06
expect_status 2
grep -q -- "--period given twice" "$T/err" || fail "status: no 'given twice' message"
run "$VEIKART" export xlsx --period 2021-05 --period 2021-06 -o r.xlsx
expect_status 2
[ ! -e r.xlsx ] || fail "a refused export wrote the workbook"
store_state before.yaml
run "$VEIKART" status set PLL rød --period 2021-05 --comment første --comment andre
expect_status 2
grep -q -- "--comment given twice" "$T/err" || fail "status set: no 'given twice' message"
store_state after.yaml
cmp -s before.yaml after.yaml || fail "a refused status set changed the store"
# --weight adds one weight each time: it may repeat
"$VEIKART" import "$SAMPLES/scores-2023.csv" >/dev/null
run "$VEIKART" score --weight Nytte=2 --weight Kostnader=0
expect_status 0
