# show CODE of an archived item shows it, marked (arkivert), with its status reports
# (it was refused with exit 1); its JSON says "archived": true and has the reports.
# list --archived shows the span of its phases, not "–".
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" import "$SAMPLES/status-2021.csv" >/dev/null
"$VEIKART" status --period 2021-01 --format json >/dev/null
n=$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM status_report s JOIN item i ON i.id = s.item_id WHERE i.code = 'KJ-SYKEHJEM'")
[ "$n" -gt 0 ] || fail "KJ-SYKEHJEM has no reports in the sample"
"$VEIKART" show KJ-SYKEHJEM >live.txt
"$VEIKART" remove KJ-SYKEHJEM >/dev/null
run "$VEIKART" show KJ-SYKEHJEM
expect_status 0
head -1 "$T/out" | grep -q "^KJ-SYKEHJEM  .*(arkivert)$" || fail "not marked: $(head -1 "$T/out")"
[ "$(sed -n '/^Statusrapporter/,/^[^ ]/p' "$T/out" | grep -c '^  20')" = "$n" ] ||
	fail "the reports are not all shown: $(cat "$T/out")"
# the reports are the same as when it was live
sed -n '/^Statusrapporter/,/^[^ S]/p' live.txt >a
sed -n '/^Statusrapporter/,/^[^ S]/p' "$T/out" >b
cmp -s a b || fail "the history changed when archived"
grep -q "Stanset" "$T/out" || fail "a red comment is not shown"
run "$VEIKART" --lang en show KJ-SYKEHJEM --format json
expect_status 0
python3 - "$T/out" "$n" <<'PY' || fail "json"
import json, sys
o = json.load(open(sys.argv[1]))
assert o["archived"] is True and o["code"] == "KJ-SYKEHJEM", o
assert len(o["status"]) == int(sys.argv[2]), o["status"]
assert all(r["status"] in ("green", "yellow", "red") for r in o["status"])
assert o["start"] is not None and o["end"] is not None, o
PY
"$VEIKART" show PLL --format json | python3 -c "import json,sys; assert json.load(sys.stdin)['archived'] is False" ||
	fail "a live item is not archived: false"
run "$VEIKART" list projects --archived
grep "^[-0-9].* KJ-SYKEHJEM " "$T/out" | grep -Eq "[0-9]{4}-[0-9]{2}-[0-9]{2} – [0-9]{4}" ||
	fail "no span: $(grep KJ-SYKEHJEM "$T/out")"
run "$VEIKART" show NOPE
expect_status 1
