# A past period's red list names an item that has left the plan since: by its name in the
# text and the JSON of `status`, and on the status slide, never as an empty name.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" >/dev/null
"$VEIKART" remove KJ-SYKEHJEM >/dev/null
name="Kjernejournal i sykehjem og hjemmetjenesten"
"$VEIKART" status --period 2021-01 >st.txt
grep -q "KJ-SYKEHJEM  $name — Stanset" st.txt || fail "the text red list lost the name: $(grep KJ-SYK st.txt)"
"$VEIKART" status --period 2021-01 --format json >st.json
python3 - <<'PY' || fail "the JSON red list lost the name"
import json
red = {r["code"]: r["name"] for r in json.load(open("st.json"))["red"]}
assert red.get("KJ-SYKEHJEM") == "Kjernejournal i sykehjem og hjemmetjenesten", red
PY
"$VEIKART" render status --period 2021-01 -o s.pdf >/dev/null
pdftotext s.pdf - | tr '\n' ' ' | grep -q "Kjernejournal i sykehjem" ||
	fail "the slide's red list does not name KJ-SYKEHJEM"
