# score's "Vekter:" line names every criterion weight that differs from the model's, so
# a reader sees what was ranked: --weight K3=0 --weight P1=5 must show K3 0 and P1 5.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/scores-2023.csv" >/dev/null
run "$VEIKART" score --weight K3=0 --weight P1=5
expect_status 0
line=$(grep "^Vekter:" "$T/out") || fail "no Vekter line"
echo "$line" | grep -q "K3 0 " || fail "K3's weight is not shown: $line"
echo "$line" | grep -q "P1 5 " || fail "P1's weight is not shown: $line"
echo "$line" | grep -q "Nytte 1" || fail "the group weights are gone: $line"
# without --weight, only the group weights
run "$VEIKART" score
grep "^Vekter:" "$T/out" | grep -q "K3" && fail "a default criterion weight is listed as changed"
run "$VEIKART" --lang en score --weight Nytte=2 --weight K3=0.5
grep "^Weights:" "$T/out" | grep -q "Nytte 2; criteria: K3 0.5 (model 1)" || fail "English line: $(grep '^Weights' "$T/out")"
