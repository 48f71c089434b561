# The priority chart lists the measures in rank order with their scores and the weights.
. "$(dirname "$0")/lib.inc"
demo_store
"$VEIKART" render scores -o s.pdf >/dev/null
pdftotext -layout s.pdf s.txt
grep -q "Prioritering av tiltak" s.txt || fail "title"
grep -Eq "1 +PLL.*22,8" s.txt || fail "PLL first with 22,8"
grep -q "Vekter: Måloppnåelse 1 · Kostnader 1 · Nytte 1" s.txt || fail "weights"
grep -q "Kritisk info hos andre helseaktører" s.txt || fail "æøå"
"$VEIKART" render scores --weight nytte=2 -o w.pdf >/dev/null
pdftotext w.pdf - | grep -q "Nytte 2" || fail "weights used"
