# The status slide never cuts its lists: with 19 red projects with long comments and 10
# items without a report, every red code and comment and every silent code is on the PDF,
# which runs to more pages; SVG and PNG grow in height instead.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.inc"
. "$here/statusview.inc"
status_portfolio
"$VEIKART" render status -o s.pdf >/dev/null
pdftotext s.pdf s.txt
[ "$(pages s.pdf)" -gt 1 ] || fail "19 reds with long comments on one page"
grep -q "Røde i 2021-05 (19)" s.txt || fail "red heading"
for i in $(seq -w 1 19); do
	grep -q "^P$i · Owner $i" s.txt || fail "red P$i not on the slide"
	grep -q "slutt-P$i" s.txt || fail "the end of P$i's comment is not on the slide"
done
grep -q "Uten rapport i 2021-05 (10)" s.txt || fail "no 'uten rapport' heading"
for i in $(seq 21 30); do
	grep -q "P$i" s.txt || fail "silent P$i not on the slide"
done
! grep -q "og [0-9]* til" s.txt || fail "a paged slide says some are left out"

# unpaged: one page that grows
"$VEIKART" render status -o s.svg >/dev/null
h=$(sed -n 's/.*<svg[^>]* height="\([0-9.]*\)pt".*/\1/p' s.svg | head -1)
[ -n "$h" ] || fail "no height in the SVG"
python3 -c "import sys; sys.exit(0 if float('$h') > 595.28 * 1.5 else 1)" ||
	fail "the SVG did not grow (height $h pt)"
rsvg-convert s.svg -o svg.png || fail "SVG unreadable"
"$VEIKART" render status -o s.png >/dev/null
[ "$(png_height s.png)" -gt 1800 ] || fail "the PNG did not grow ($(png_height s.png) px)"
[ ! -e s-01.png ] || fail "the PNG was split"
