# A roadmap too tall for one PNG (over 32,767 pixels) is written as the PDF's pages, one
# PNG each, FILE-01.png ... ; a lower --dpi that fits gives one image again. Pages that
# cannot all be written leave an earlier run's pages as they were.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
many_programmes 900 "Program %d med æøå" "status_date: 2025-06-30" >big.yaml
"$VEIKART" import big.yaml >/dev/null
"$VEIKART" render roadmap -o r.pdf >/dev/null
pages=$(pdfinfo r.pdf | awk '/^Pages:/ {print $2}')
[ "$pages" -gt 9 ] || fail "expected more than 9 pages, got $pages"
run "$VEIKART" render roadmap -o r.png
expect_status 0
[ ! -e r.png ] || fail "r.png should not be written"
n=$(ls r-*.png | wc -l)
[ "$n" -eq "$pages" ] || fail "expected $pages page files, got $n"
grep -q "r-01.png … r-$pages.png ($pages sider" out || fail "message: $(cat out)"
python3 - "$pages" <<'P' || fail "PNG page sizes"
import struct, sys
for p in (1, int(sys.argv[1])):
    d = open(f"r-{p:02d}.png", "rb").read(24)
    assert d[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", d[16:24]) == (1754, 1241), struct.unpack(">II", d[16:24])
P
# at 36 dpi the whole chart fits one image
"$VEIKART" render roadmap --dpi 36 -o small.png >/dev/null
[ -s small.png ] && [ ! -e small-01.png ] || fail "expected one small.png"
# a later split removes the one-image file and the extra pages of a longer split
: >r.png
: >"r-$((pages + 1)).png"
"$VEIKART" render roadmap -o r.png >/dev/null
[ ! -e r.png ] && [ ! -e "r-$((pages + 1)).png" ] || fail "stale files left: $(ls)"
# pages that cannot all be written (a full disk) leave the earlier pages as they were
mkdir keep
cp r-*.png keep/
(
	ulimit -f 64 # 64 KiB: room for the store's shared-memory file, not for the pages
	trap '' XFSZ
	run "$VEIKART" render roadmap -o r.png
	echo "$status" >full.status
)
[ "$(cat full.status)" = 73 ] || fail "full disk: exit $(cat full.status)"
for f in keep/*; do
	cmp -s "$f" "$(basename "$f")" || fail "$(basename "$f") changed"
done
[ "$(ls -A | grep -c '^r-')" -eq "$pages" ] || fail "files left: $(ls -A)"
