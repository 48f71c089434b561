# Every option of 'render' has an effect or is refused: roadmap --programme draws that
# programme and its projects only; an unknown code, a project, or a rollout with nothing
# planned is refused; an option that does nothing for the chart asked for is a usage
# error (exit 2). Nothing is written when refused.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" render roadmap --programme FJL -o fjl.pdf >/dev/null
pdftotext fjl.pdf fjl.txt
grep -q "Felles journalløft" fjl.txt || fail "FJL is not on its roadmap"
grep -q "NEWS2" fjl.txt || fail "FJL's project NEWS2 is not on its roadmap"
for other in "Pasientens legemiddelliste" "Helseplattformen" "SAFEST"; do
	! grep -q "$other" fjl.txt || fail "roadmap --programme FJL shows $other"
done
"$VEIKART" render roadmap -o all.pdf >/dev/null
pdftotext all.pdf - | grep -q "Helseplattformen" || fail "the whole roadmap lacks Helseplattformen"

refused() { # STATUS PATTERN ARGS...: render ARGS must exit STATUS, say PATTERN, write nothing
	want=$1 pattern=$2
	shift 2
	run "$VEIKART" render "$@"
	[ "$status" -eq "$want" ] || fail "render $*: expected exit $want, got $status"
	grep -Eq "^veikart: .*$pattern" "$T/err" || fail "render $*: message '$(cat "$T/err")'"
	[ ! -e x.pdf ] && [ ! -e x.svg ] && [ ! -e x.png ] || fail "render $*: a file was written"
}
refused 1 "no programme 'NOPE'" roadmap --programme NOPE -o x.pdf
refused 1 "'FJL-NEWS2' is a project" roadmap --programme FJL-NEWS2 -o x.pdf
refused 1 "'FJL-NEWS2' is a project" rollout --programme FJL-NEWS2 -o x.pdf
refused 1 "programme 'FJL' has no rollout" rollout --programme FJL -o x.pdf
refused 1 "no programme or project 'NOPE'" rollout --programme NOPE -o x.pdf
"$VEIKART" render rollout --programme PLL -o pll.pdf >/dev/null || fail "the PLL rollout"

# options that do nothing for a kind
for args in "roadmap --period 2021-01" "roadmap --weight nytte=2" \
	"rollout --projects" "rollout --group owner" "rollout --deps" "rollout --period 2021-01" \
	"rollout --weight nytte=2" \
	"status --programme PLL" "status --deps" "status --projects" "status --group owner" \
	"status --from 2023" "status --to 2024" "status --status-date 2024-01-01" \
	"status --weight nytte=2" \
	"scores --programme PLL" "scores --deps" "scores --projects" "scores --group none" \
	"scores --from 2023" "scores --to=2024" "scores --status-date 2024-01-01" \
	"scores --period 2021-01"; do
	set -- $args
	kind=$1
	shift
	[ "$kind" != rollout ] || set -- --programme PLL "$@"
	refused 2 "$(printf %s "$args" | sed 's/^[a-z]* //; s/[ =].*//') has no effect on a $kind chart" \
		"$kind" -o x.pdf "$@"
done
refused 2 "--projects has no effect with --programme" roadmap --programme FJL --projects -o x.pdf
refused 2 "--dpi has no effect on PDF output" roadmap --dpi 100 -o x.pdf
refused 2 "--dpi has no effect on SVG output" status --dpi 100 -o x.svg
"$VEIKART" render roadmap --dpi 72 -o ok.png >/dev/null || fail "--dpi on a PNG"
