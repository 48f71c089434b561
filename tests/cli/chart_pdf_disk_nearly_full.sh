# A PDF on a disk with only a few KB left: ulimit -f cuts the file at sizes from 64 KiB
# (room for the store's shared-memory file) up to the whole PDF, 4 KiB apart. Every run
# either writes the whole PDF or exits 73 saying why, and never replaces the good file
# with a cut one (cairo 1.16's PDF surface forgets a write that fails while it
# finishes: the fonts and the trailer).
. "$(dirname "$0")/lib.inc"
awk 'BEGIN {
	print "veikart: 1\nprogrammes:"
	for (i = 1; i <= 600; i++)
		printf "  - code: P%d\n    name: Programme %d %x\n    phases:\n" \
		       "      - {phase: planlegging, start: %d, end: 2022}\n" \
		       "      - {phase: innforing, start: 2023, end: %d}\n    milestones:\n" \
		       "      - {name: M, kind: goal, date: 2023-%02d-01}\n",
		       i, i * 7919, i * 31, 2018 + i % 4, 2025 + i % 3, 1 + i % 12
}' >p.yaml
"$VEIKART" init >/dev/null
"$VEIKART" import p.yaml >/dev/null
sqlite3 "$VEIKART_DB" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null # the limit is for the PDF
"$VEIKART" render roadmap -o good.pdf >/dev/null
size=$(($(wc -c <good.pdf) / 1024))
[ "$size" -gt 80 ] || fail "the PDF is too small for the test ($size KiB)"
# ulimit -f counts 512-byte blocks in dash and 1024-byte ones in bash
(
	ulimit -f 2
	trap '' XFSZ
	head -c 4096 /dev/zero >unit 2>/dev/null || :
)
block=$(($(wc -c <unit) / 2))
k=64
while [ "$k" -le "$((size + 4))" ]; do
	rm -rf o && mkdir o && cp good.pdf o/r.pdf
	(
		ulimit -f "$((k * 1024 / block))"
		trap '' XFSZ
		run "$VEIKART" render roadmap -o o/r.pdf
		echo "$status" >o.status
	)
	st=$(cat o.status)
	[ "$st" = 73 ] || [ "$st" = 0 ] || fail "limit $k KiB: exit $st"
	cmp -s good.pdf o/r.pdf || fail "limit $k KiB: exit $st, the PDF was replaced by $(wc -c <o/r.pdf) bytes"
	[ "$(ls -A o)" = r.pdf ] || fail "limit $k KiB: files left: $(ls -A o)"
	if [ "$st" = 73 ]; then
		grep -Eq "o/r.pdf: cannot (write: File too large|draw)" "$T/err" || fail "limit $k KiB: message"
	fi
	k=$((k + 4))
done
