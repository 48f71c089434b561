# A PNG chart written as one image replaces an earlier run's pages of the same output
# (FILE-01.png ... split when the plan was too tall): they go, so the directory does not
# hold a chart of an older plan beside the new one. Only files named exactly as that
# output's pages go; the pages of another output and other names stay.
. "$(dirname "$0")/lib.inc"
sample_store
for p in 01 02 03 04 05 001 002 0001; do printf 'old page' >"road-$p.png"; done
for f in road-07.png road-1.png road-01.png.bak road-01.svg roadx-01.png other-01.png \
	road-abc.png; do
	printf 'keep' >"$f"
done
rm road-07.png # a gap: road-08.png after it is not a page of the same run
printf 'keep' >road-08.png
run "$VEIKART" render roadmap -o road.png
expect_status 0
[ -s road.png ] || fail "road.png not written"
left=$(ls road-[0-9]*.png 2>/dev/null | tr '\n' ' ')
[ "$left" = "road-08.png road-1.png " ] || fail "page files after a one-image render: $left"
for f in road-01.png.bak road-01.svg roadx-01.png other-01.png road-abc.png; do
	[ "$(cat "$f")" = keep ] || fail "$f was touched"
done
# an SVG or PDF of the same name leaves PNG pages alone
printf 'old page' >road-01.png
"$VEIKART" render roadmap -o road.svg >/dev/null
[ -e road-01.png ] || fail "an SVG render removed road-01.png"
# a render that fails leaves them as they were
run "$VEIKART" render roadmap --dpi 100000 -o road.png
[ "$status" -ne 0 ] || fail "a 100000 dpi render succeeded"
[ -e road-01.png ] || fail "a failed render removed road-01.png"
