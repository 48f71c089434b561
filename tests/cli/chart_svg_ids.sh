# Every id in an SVG is the file's own: two charts share no id (so two SVGs inlined in
# one HTML page keep their own glyphs), every href="#x" and url(#x) names an id of its
# own file, and the same store gives the same bytes from 'render' and from 'demo'.
. "$(dirname "$0")/lib.inc"
"$VEIKART" demo --out d >/dev/null
export VEIKART_DB="$T/d/veikart.db"
"$VEIKART" render roadmap -o roadmap.svg >/dev/null
"$VEIKART" render rollout --programme PLL -o rollout.svg >/dev/null
"$VEIKART" render status -o status.svg >/dev/null
cmp -s roadmap.svg d/roadmap.svg || fail "render and demo give different roadmap SVGs"
cmp -s rollout.svg d/rollout-pll.svg || fail "render and demo give different rollout SVGs"
cmp -s status.svg d/status.svg || fail "render and demo give different status SVGs"
for f in roadmap rollout status; do
	grep -o ' id="[^"]*"' $f.svg | sed 's/^ id="//; s/"$//' | sort >$f.ids
	[ -s $f.ids ] || fail "$f.svg has no ids"
	[ -z "$(uniq -d $f.ids)" ] || fail "$f.svg defines an id twice: $(uniq -d $f.ids | head -1)"
	grep -o -e 'href="#[^"]*"' -e 'url(#[^)]*)' $f.svg |
		sed 's/^href="#//; s/^url(#//; s/[")]$//' | sort -u >$f.refs
	[ -s $f.refs ] || fail "$f.svg refers to no id"
	missing=$(comm -23 $f.refs $f.ids | head -1)
	[ -z "$missing" ] || fail "$f.svg refers to '#$missing', which it does not define"
done
for pair in "roadmap rollout" "roadmap status" "rollout status"; do
	set -- $pair
	shared=$(comm -12 $1.ids $2.ids | head -1)
	[ -z "$shared" ] || fail "$1.svg and $2.svg both define id '$shared'"
done
rsvg-convert roadmap.svg -o roadmap.png || fail "rsvg-convert cannot read roadmap.svg"
