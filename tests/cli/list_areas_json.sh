# A new store lists the 19 helseforetaksområder in 4 regions, as JSON and as text.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
"$VEIKART" list areas --format json >areas.json
python3 - <<'P' || fail "areas JSON"
import json
a = json.load(open("areas.json"))
assert len(a) == 19, len(a)
assert len({x["region"] for x in a}) == 4
assert {x["code"] for x in a if x["region"] == "vest"} == {"bergen", "stavanger", "fonna", "forde"}
assert [x["name"] for x in a if x["code"] == "forde"] == ["Helse Førde"]
P
"$VEIKART" --lang en list areas | tail -n 1 | grep -qx "19 areas in 4 regions" || fail "text footer"
