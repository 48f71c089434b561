# render status --one-page keeps the slide to one page in every format; what does not fit
# is counted, never dropped without a word: "… og N til (se veikart status)" after the red
# projects shown, and the same for the codes without a report.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.inc"
. "$here/statusview.inc"
status_portfolio
"$VEIKART" render status --one-page -o one.pdf >/dev/null
[ "$(pages one.pdf)" = 1 ] || fail "--one-page gave $(pages one.pdf) pages"
pdftotext one.pdf one.txt
shown=0
for i in $(seq -w 1 19); do
	if grep -q "^P$i · Owner $i" one.txt; then shown=$((shown + 1)); fi
done
[ "$shown" -gt 0 ] || fail "no red project shown"
left=$(sed -n 's/^… og \([0-9]*\) til.*(se veikart status)$/\1/p' one.txt)
[ -n "$left" ] || fail "no '… og N til (se veikart status)' line"
[ $((shown + left)) -eq 19 ] || fail "$shown shown and $left left is not 19"
grep -q "Uten rapport i 2021-05 (10)" one.txt || fail "the 'uten rapport' heading is gone"
codes=$(tr ' ,' '\n\n' <one.txt | grep -c "^P2[1-9]$\|^P30$" || true)
more=$(grep "^P2" one.txt | sed -n 's/.*… og \([0-9]*\) til (se veikart status)$/\1/p')
[ $((codes + ${more:-0})) -eq 10 ] || fail "$codes silent codes shown and ${more:-0} left is not 10"
# the PNG is the same one page (A4 at 150 dpi), from the same layout
"$VEIKART" render status --one-page -o one.png >/dev/null
h=$(png_height one.png)
[ "$h" -ge 1239 ] && [ "$h" -le 1242 ] || fail "--one-page PNG is $h px high, not one A4 page"
"$VEIKART" render status --one-page -o one.svg >/dev/null
grep -q 'height="595.2[0-9]*pt"' one.svg || fail "--one-page SVG is not one A4 page"
run "$VEIKART" render roadmap --one-page -o r.pdf
expect_status 2
