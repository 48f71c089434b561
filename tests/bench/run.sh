#!/bin/bash
# make bench: veikart against the limit (bare C doing only the unavoidable work) and the
# peer people would use instead, side by side in one run; see tests/bench/README.md.
#
#   tests/bench/run.sh BUILD_DIR [RESULTS.md]
#
# BUILD_DIR holds a Release build of veikart and the bench_* programs. Every command is
# timed by hyperfine (median of at least BENCH_RUNS runs, default 5, and of at least 3 s
# of runs) and run once more under /usr/bin/time for its peak resident memory.
# BENCH_SCALE=smoke runs tiny sizes once, to check that the suite works; its table is
# not written to RESULTS.md.
set -euo pipefail

B=$(readlink -f "${1:?usage: run.sh BUILD_DIR [RESULTS.md]}")
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=${2:-$SRC/results.md}
SCALE=${BENCH_SCALE:-full}
RUNS=${BENCH_RUNS:-5}
PY=/usr/bin/python3
V=$B/veikart
BB=$B/tests/bench
W=$B/bench-data
RES=$W/results.tsv

TIMING=(--min-runs "$RUNS")
if [ "$SCALE" = smoke ]; then
	RUNS=1
	TIMING=(--runs 1)
	W1_SIZES="10 30 100" W2_N=300 W2_PERIODS="1 2 4" W3_ROWS="100 1000 3000"
	W4_SIZES="10 100 300" W4_PERIODS=6
else
	W1_SIZES="100 1000 10000" W2_N=10000 W2_PERIODS="1 10 100"
	W3_ROWS="1000 10000 100000" W4_SIZES="100 1000 10000" W4_PERIODS=60
fi

for tool in "$V" "$BB/bench_gen" "$BB/bench_render" "$BB/bench_xlsx" hyperfine sqlite3 \
	/usr/bin/time "$PY"; do
	command -v "$tool" >/dev/null || {
		echo "run.sh: $tool is missing (make bench builds and installs it)" >&2
		exit 1
	}
done
rm -rf "$W"
mkdir -p "$W"
: >"$RES"

# measure WORKLOAD SIZE WHO DIR PREPARE COMMAND: the median of $RUNS timed runs and the
# peak memory of one more, as one line of results.tsv. PREPARE runs before each run,
# untimed ("" for none).
measure() {
	local workload=$1 size=$2 who=$3 dir=$4 prepare=$5 cmd=$6 json peak
	json=$W/t.json
	echo "== $workload $size $who: $cmd" >&2
	(
		cd "$dir"
		# at least $RUNS runs and at least 3 s of them: a command of 50 ms runs some 60
		# times, since on a shared machine the median of 5 short runs wanders by 2×
		args=("${TIMING[@]}" --export-json "$json" --style none)
		[ -n "$prepare" ] && args+=(--prepare "$prepare")
		hyperfine "${args[@]}" "$cmd" >/dev/null
		[ -n "$prepare" ] && sh -c "$prepare"
		/usr/bin/time -f %M -o "$W/peak" sh -c "$cmd" >/dev/null 2>&1
	)
	peak=$(cat "$W/peak")
	"$PY" -c 'import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("%s\t%s\t%s\t%.4f\t%s" % (sys.argv[2], sys.argv[3], sys.argv[4], r["median"], sys.argv[5]))' \
		"$json" "$workload" "$size" "$who" "$peak" >>"$RES"
}

# A store of N programmes with P periods of status, and the generator's tables, in DIR.
store() {
	local dir=$1 n=$2 p=$3
	mkdir -p "$dir"
	"$BB/bench_gen" "$dir" "$n" "$p"
	"$V" --db "$dir/v.db" init >/dev/null
	"$V" --db "$dir/v.db" import "$dir/portfolio.yaml" "$dir/status.csv" >/dev/null
}

# W1: the roadmap of N rows to A4 PDF and to PNG (150 dpi; split into pages when taller
# than an image can be, by all three).
for n in $W1_SIZES; do
	d=$W/w1-$n
	store "$d" "$n" 2
	measure W1-pdf "$n" veikart "$d" "" "'$V' --db v.db render roadmap -o v.pdf"
	measure W1-pdf "$n" limit "$d" "" "'$BB/bench_render' roadmap.tsv l.pdf"
	measure W1-pdf "$n" peer "$d" "" "'$PY' '$SRC/peer_matplotlib.py' roadmap.tsv p.pdf"
	clean="rm -rf png && mkdir png"
	measure W1-png "$n" veikart "$d" "$clean" "'$V' --db v.db render roadmap -o png/v.png"
	measure W1-png "$n" limit "$d" "$clean" "'$BB/bench_render' roadmap.tsv png/l.png"
	measure W1-png "$n" peer "$d" "$clean" \
		"'$PY' '$SRC/peer_matplotlib.py' roadmap.tsv png/p.png"
done

# W2: the workbook of N items with 1, 10 and 100 periods of reports (M = N × P).
for p in $W2_PERIODS; do
	d=$W/w2-$p
	store "$d" "$W2_N" "$p"
	m=$((W2_N * p))
	measure W2 "$m" veikart "$d" "" "'$V' --db v.db export xlsx -o v.xlsx"
	measure W2 "$m" limit "$d" "" "'$BB/bench_xlsx' . l.xlsx"
	measure W2 "$m" peer "$d" "" "'$PY' '$SRC/peer_xlsxwriter.py' . p.xlsx"
done

# W3: a status sheet of K rows into a store that has the portfolio, against sqlite3's
# own .import of the same file into one table.
d=$W/w3
mkdir -p "$d"
max=0
for k in $W3_ROWS; do max=$k; done
"$BB/bench_gen" "$d" 10000 $(((max + 9999) / 10000))
"$V" --db "$d/base.db" init >/dev/null
"$V" --db "$d/base.db" import "$d/portfolio.yaml" >/dev/null
for k in $W3_ROWS; do
	head -n $((k + 1)) "$d/status.csv" >"$d/s$k.csv"
	measure W3 "$k" veikart "$d" "cp base.db v.db && rm -f v.db-wal v.db-shm" \
		"'$V' --db v.db import s$k.csv"
	measure W3 "$k" limit "$d" "rm -f s.db" \
		"sqlite3 s.db '.mode csv' '.separator ;' '.import s$k.csv reports'"
done

# W4: the trend and the list of N items × 60 periods.
for n in $W4_SIZES; do
	d=$W/w4-$n
	store "$d" "$n" "$W4_PERIODS"
	measure W4-trend "$n" veikart "$d" "" "'$V' --db v.db status --trend"
	measure W4-list "$n" veikart "$d" "" "'$V' --db v.db list programmes"
done

if [ "$SCALE" = smoke ]; then
	"$PY" "$SRC/report.py" "$RES" "$RUNS" "$SCALE"
else
	"$PY" "$SRC/report.py" "$RES" "$RUNS" "$SCALE" | tee "$OUT"
	echo "wrote $OUT" >&2
fi
