# SVG parses with a real SVG reader; PNG has the size the page and --dpi give.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" render roadmap --projects --deps -o r.svg >/dev/null
rsvg-convert r.svg -o from-svg.png || fail "rsvg-convert cannot read the SVG"
grep -q "<svg" r.svg || fail "not SVG"
"$VEIKART" render roadmap --dpi 72 -o r72.png >/dev/null
"$VEIKART" render rollout --programme PLL --dpi 144 -o r144.png >/dev/null
"$VEIKART" render rollout --programme PLL --format png -o chart.img >/dev/null
python3 - <<'P' || fail "PNG sizes"
import struct
def size(f):
    d = open(f, "rb").read(24)
    assert d[:8] == b"\x89PNG\r\n\x1a\n", f
    return struct.unpack(">II", d[16:24])
w, h = size("r72.png")
assert w == 842, w              # 841.89 pt at one pixel a point
assert h > 400, h               # the page grows with the rows
w, h = size("r144.png")
assert w == 1684, w
assert size("chart.img")[0] == 1754  # the default 150 dpi
P
