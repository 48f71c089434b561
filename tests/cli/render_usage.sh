# Bad render arguments are usage errors (exit 2) with one line.
. "$(dirname "$0")/lib.inc"
sample_store
for args in "roadmap" "gantt -o x.pdf" "roadmap -o x.doc" "roadmap -o x.pdf --format gif" \
	"roadmap -o x.pdf --from 2025 --to 2024" "roadmap -o x.pdf --from tredje" \
	"rollout -o x.pdf" "roadmap -o x.pdf --page a5" "roadmap -o x.png --dpi 5" \
	"roadmap -o x.pdf --group colour" "roadmap -o"; do
	# shellcheck disable=SC2086 # the words are separate arguments
	run "$VEIKART" render $args
	expect_status 2
	[ "$(wc -l <"$T/err")" -eq 1 ] || fail "'$args': expected one line"
done
[ ! -e x.pdf ] || fail "a file was written"
