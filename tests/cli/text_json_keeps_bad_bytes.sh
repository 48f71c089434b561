# JSON output never drops a field: text that is not UTF-8 (stored before every input
# was checked) is written with its bad bytes shown as \xff, and the JSON stays valid.
. "$(dirname "$0")/lib.inc"
sample_store
sqlite3 "$VEIKART_DB" "UPDATE item SET name = 'Legemidler ' || CAST(x'fffe' AS TEXT) WHERE code = 'PLL'"
"$VEIKART" show PLL --format json >pll.json
python3 - <<'PY' || fail "the name is missing or wrong in the JSON"
import json, sys
item = json.load(open("pll.json"))
if item.get("name") != "Legemidler \\xff\\xfe":
    sys.exit("name is %r" % item.get("name"))
PY
"$VEIKART" list programmes --format json >all.json
python3 -c "import json; json.load(open('all.json'))" || fail "list gave invalid JSON"
