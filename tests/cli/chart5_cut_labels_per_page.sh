# A cut row label's whole text is in the legend of the page its row is on, not of every
# page: 60 programmes with long names fill a few pages (they took one page each when
# every page listed all 60), and each page lists exactly the numbers its rows show.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
{
	echo "veikart: 1"
	echo "programmes:"
	for i in $(seq -w 1 60); do
		echo "  - {code: P$i, name: \"P$i et langt navn på programmet for kommunene i fylket og regionen\", phases: [{phase: behov, start: 2024, end: 2025}]}"
	done
} >long.yaml
"$VEIKART" import long.yaml >/dev/null
run "$VEIKART" render roadmap -o r.pdf
expect_status 0
pages=$(pdfinfo r.pdf | awk '/^Pages:/ {print $2}')
[ "$pages" -le 6 ] || fail "60 rows took $pages pages"
seen=0
for p in $(seq 1 "$pages"); do
	pdftotext -f "$p" -l "$p" -layout r.pdf page.txt
	# the numbers the rows show ("… [7]") and the legend's whole labels ("[7] P07 ...")
	grep -o '… \[[0-9]*\]' page.txt | grep -o '[0-9]*' | sort -n >rows.txt
	grep -o '\[[0-9]*\] P[0-9]' page.txt | grep -o '^\[[0-9]*' | tr -d '[' | sort -n >legend.txt
	[ -s rows.txt ] || fail "page $p shows no cut label"
	cmp -s rows.txt legend.txt || fail "page $p: rows show $(tr '\n' ' ' <rows.txt), legend lists $(tr '\n' ' ' <legend.txt)"
	seen=$((seen + $(wc -l <rows.txt)))
done
[ "$seen" -eq 60 ] || fail "$seen of 60 cut labels found over the pages"
