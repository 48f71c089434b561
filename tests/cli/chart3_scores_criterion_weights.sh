# The priority chart's "Vekter:" line names every criterion weighted otherwise than the
# model says, as `veikart score` does: --weight K3=0 --weight P1=5 ranks with K3 0 and
# P1 5, so the chart must say so, not only the group weights.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/scores-2023.csv" >/dev/null
"$VEIKART" render scores --weight K3=0 --weight P1=5 -o w.pdf >/dev/null ||
	fail "render scores --weight"
line=$(pdftotext -raw w.pdf - | tr '\n' ' ' | grep -o 'Vekter:.*') || fail "no Vekter line"
echo "$line" | grep -q "Nytte 1; kriterier: K3 0 (modellen 1) · P1 5 (modellen 1)" ||
	fail "criterion weights not in the legend: $line"
# the same words as the text command
"$VEIKART" score --weight K3=0 --weight P1=5 | grep -q "kriterier: K3 0 (modellen 1) · P1 5 (modellen 1)" ||
	fail "score says otherwise"
# without --weight, no criterion is listed
"$VEIKART" render scores -o d.pdf >/dev/null
pdftotext -raw d.pdf - | grep -q "kriterier:" && fail "criteria listed without --weight"
# in the run's language, a fraction as given
"$VEIKART" --lang en render scores --weight Nytte=2 --weight K3=0.125 -o e.pdf >/dev/null
pdftotext -raw e.pdf - | tr '\n' ' ' | grep -q "Nytte 2; criteria: K3 0.125 (model 1)" ||
	fail "English legend: $(pdftotext -raw e.pdf - | tr '\n' ' ' | grep -o 'Weights:.*')"
# every criterion moved: the list wraps in the legend, never cut
args=""
for c in M1 M2 K1 K2 K3 K4 pasient helsepersonell I P1 P2 H1 H2; do args="$args --weight $c=2.75"; done
"$VEIKART" render scores $args -o all.pdf >/dev/null
line=$(pdftotext -raw all.pdf - | tr '\n' ' ' | grep -o 'Vekter:.*')
for c in M1 K4 pasient helsepersonell H2 I; do
	echo "$line" | grep -q " $c 2,75 (modellen 1)" || fail "$c cut from the legend: $line"
done
exit 0
