# A measure with an empty group is listed after the ranked ones as incomplete, with what
# it lacks; its JSON rank and score are null.
. "$(dirname "$0")/lib.inc"
sample_store
printf 'tiltak;M1;M2;K1;K2;K3;K4;P1;P2;H1;H2;I\nHel;5;5;5;5;5;5;5;5;5;5;5\nHalv;5;5;;;;;5;5;5;5;5\n' >s.csv
"$VEIKART" import s.csv | grep -q "2 tiltak med score" || fail "import"
"$VEIKART" score >out.txt
grep -q "^Ufullstendige, ikke rangert:" out.txt || fail "incomplete heading"
grep -Eq "^ +– Halv .*mangler Kostnader, K1, K2, K3, K4$" out.txt || fail "incomplete line"
"$VEIKART" score --format json | python3 -c '
import json, sys
s = json.load(sys.stdin)
h = [x for x in s if x["name"] == "Halv"][0]
assert h["rank"] is None and h["score"] is None and h["groups"]["Kostnader"] is None, h
assert "Kostnader" in h["missing"]
' || fail "json"
printf 'tiltak;M1\nHel;9\n' >again.csv
"$VEIKART" import again.csv >/dev/null
"$VEIKART" score --format json | python3 -c '
import json, sys
s = {x["name"]: x for x in json.load(sys.stdin)}
assert s["Hel"]["rank"] is None and "Kostnader" in s["Hel"]["missing"], s["Hel"]
' || fail "a re-imported measure takes the new sheet's values"
