# render roadmap --deps shows every dependency: an arrow where both ends are on the
# page (also when the dependent starts at the axis start), else a marker at each end
# saying where the other is; the legend names the arrows.
. "$(dirname "$0")/lib.inc"

"$VEIKART" init >/dev/null
cat >start.yaml <<'Y'
veikart: 1
programmes:
  - {code: AAA, name: Grunnmur, phases: [{phase: planlegging, start: 2023, end: 2024}]}
  - {code: BBB, name: Bygger på grunnmuren, depends_on: [AAA], phases: [{phase: planlegging, start: 2023, end: 2025}]}
Y
"$VEIKART" import start.yaml >/dev/null
run "$VEIKART" render roadmap --deps -o on.pdf
expect_status 0
run "$VEIKART" render roadmap -o off.pdf
expect_status 0
! cmp -s on.pdf off.pdf || fail "--deps drew nothing for a dependent starting at the axis start"
pdftotext on.pdf - | tr -d '\n' | grep -q 'Avhengighet' || fail "no dependency entry in the legend"

# P059 (page 3) depends on P000 (page 1): each end says where the other is
rm -f v.db
"$VEIKART" init >/dev/null
{
	echo 'veikart: 1'
	echo 'projects:'
	echo '  - {code: P000, name: Prosjekt 0, phases: [{phase: planlegging, start: 2023-Q2, end: 2024-Q1}]}'
	i=1
	while [ $i -lt 60 ]; do
		dep=
		[ $i -eq 59 ] && dep=', depends_on: [P000]'
		printf '  - {code: P%03d, name: Prosjekt %d, phases: [{phase: innforing, start: 2024-Q2, end: 2026}]%s}\n' $i $i "$dep"
		i=$((i + 1))
	done
} >pages.yaml
"$VEIKART" import pages.yaml >/dev/null
run "$VEIKART" render roadmap --deps -o pages.pdf
expect_status 0
p059=$(pdfinfo pages.pdf | awk '/^Pages:/ {print $2}')
[ "$p059" -ge 2 ] || fail "expected several pages, got $p059"
last=$(pdftotext -f "$p059" -l "$p059" pages.pdf - | tr -d '\n')
first=$(pdftotext -f 1 -l 1 pages.pdf - | tr -d '\n')
echo "$first" | grep -q "→ P059 s. $p059" || fail "page 1 does not say P059 waits on page $p059"
echo "$last" | grep -q '← P000 s. 1' || fail "page $p059 does not say P000 is on page 1"

# an end outside --from/--to is said as such
run "$VEIKART" render roadmap --deps --from 2025-01-01 -o late.pdf
expect_status 0
pdftotext -raw late.pdf - | tr -d '\n' | grep -q '← P000 s. 1 (utenfor)' || fail "no marker for P000 outside the axis"
exit 0
