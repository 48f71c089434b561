# Two processes importing different periods into one store at the same time both land
# (WAL and the busy timeout), or one says the store is busy (exit 75); never a mix.
. "$(dirname "$0")/lib.inc"
sample_store
for p in 01 02 03 04 05 06; do
	python3 - "$p" <<'P'
import sys
p = sys.argv[1]
with open(f"s{p}.csv", "w") as f:
    f.write("periode;kode;status;kommentar\n")
    for i in range(400):
        f.write(f"2023-{p};{['PLL', 'SFM', 'PDS', 'SAFEST'][i % 4]};gul;rad {i}\n" if i < 4 else "")
P
done
pids=""
for p in 01 02 03 04 05 06; do
	"$VEIKART" import "s$p.csv" >"out$p.txt" 2>"err$p.txt" &
	pids="$pids $!"
done
ok=0
for pid in $pids; do
	if wait "$pid"; then ok=$((ok + 1)); else st=$?; [ "$st" = 75 ] || fail "an import failed with $st"; fi
done
n=$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM status_report")
periods=$(sqlite3 "$VEIKART_DB" "SELECT count(*) FROM period")
[ "$n" = $((ok * 4)) ] || fail "$ok imports succeeded but $n reports are stored"
[ "$periods" = "$ok" ] || fail "$periods periods for $ok imports"
[ "$ok" -ge 1 ] || fail "no import succeeded"
