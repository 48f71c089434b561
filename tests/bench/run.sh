#!/bin/bash
# make bench: veikart against the limit (bare C doing only the unavoidable work) and the
# peer people would use instead, side by side in one run; see tests/bench/README.md.
#
#   tests/bench/run.sh BUILD_DIR [RESULTS.md]
#
# BUILD_DIR holds a Release build of veikart and the bench_* programs. Every command is
# timed by hyperfine in BENCH_RUNS rounds (default 5; see compare below) and run once
# more under /usr/bin/time for its peak resident memory.
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

TIMING=(--min-runs 1)
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

# compare WORKLOAD SIZE DIR WHO PREPARE COMMAND [WHO PREPARE COMMAND...]: times the
# commands in rounds, each round running every command in turn, so a spell in which the
# shared machine is slow hits all of them alike (one command after the other put the
# same 10,000-row PDF at 1.1x and 1.6x the limit in two runs). A round times each command
# for at least 3 s (a 50 ms command runs some 60 times) and keeps its median; the result
# is the median of $RUNS rounds, and the peak memory of one more run, as lines of
# results.tsv. PREPARE runs before each run, untimed ("" for none).
compare() {
	local workload=$1 size=$2 dir=$3 r i n
	shift 3
	local -a who=() prepare=() cmd=()
	while [ $# -gt 0 ]; do
		who+=("$1") prepare+=("$2") cmd+=("$3")
		shift 3
	done
	n=${#who[@]}
	for ((r = 0; r < RUNS; r++)); do
		for ((i = 0; i < n; i++)); do
			echo "== $workload $size ${who[i]} round $((r + 1)): ${cmd[i]}" >&2
			(
				cd "$dir"
				args=("${TIMING[@]}" --export-json "$W/t-$i-$r.json" --style none)
				[ -n "${prepare[i]}" ] && args+=(--prepare "${prepare[i]}")
				hyperfine "${args[@]}" "${cmd[i]}" >/dev/null
			)
		done
	done
	for ((i = 0; i < n; i++)); do
		(
			cd "$dir"
			[ -n "${prepare[i]}" ] && sh -c "${prepare[i]}"
			/usr/bin/time -f %M -o "$W/peak" sh -c "${cmd[i]}" >/dev/null 2>&1
		)
		"$PY" -c 'import json, statistics, sys
rounds = [json.load(open(f))["results"][0]["median"] for f in sys.argv[6:]]
print("%s\t%s\t%s\t%.4f\t%s" % (sys.argv[1], sys.argv[2], sys.argv[3],
                                  statistics.median(rounds), open(sys.argv[4]).read().strip()))' \
			"$workload" "$size" "${who[i]}" "$W/peak" - "$W"/t-"$i"-*.json >>"$RES"
		rm -f "$W"/t-"$i"-*.json
	done
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
	compare W1-pdf "$n" "$d" \
		veikart "" "'$V' --db v.db render roadmap -o v.pdf" \
		limit "" "'$BB/bench_render' roadmap.tsv l.pdf" \
		peer "" "'$PY' '$SRC/peer_matplotlib.py' roadmap.tsv p.pdf"
	clean="rm -rf png && mkdir png"
	compare W1-png "$n" "$d" \
		veikart "$clean" "'$V' --db v.db render roadmap -o png/v.png" \
		limit "$clean" "'$BB/bench_render' roadmap.tsv png/l.png" \
		peer "$clean" "'$PY' '$SRC/peer_matplotlib.py' roadmap.tsv png/p.png"
done

# W2: the workbook of N items with 1, 10 and 100 periods of reports (M = N × P).
for p in $W2_PERIODS; do
	d=$W/w2-$p
	store "$d" "$W2_N" "$p"
	m=$((W2_N * p))
	compare W2 "$m" "$d" \
		veikart "" "'$V' --db v.db export xlsx -o v.xlsx" \
		limit "" "'$BB/bench_xlsx' . l.xlsx" \
		peer "" "'$PY' '$SRC/peer_xlsxwriter.py' . p.xlsx"
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
	compare W3 "$k" "$d" \
		veikart "cp base.db v.db && rm -f v.db-wal v.db-shm" "'$V' --db v.db import s$k.csv" \
		limit "rm -f s.db" "sqlite3 s.db '.mode csv' '.separator ;' '.import s$k.csv reports'"
done

# W4: the trend and the list of N items × 60 periods.
for n in $W4_SIZES; do
	d=$W/w4-$n
	store "$d" "$n" "$W4_PERIODS"
	compare W4-trend "$n" "$d" veikart "" "'$V' --db v.db status --trend"
	compare W4-list "$n" "$d" veikart "" "'$V' --db v.db list programmes"
done

if [ "$SCALE" = smoke ]; then
	"$PY" "$SRC/report.py" "$RES" "$RUNS" "$SCALE"
else
	"$PY" "$SRC/report.py" "$RES" "$RUNS" "$SCALE" | tee "$OUT"
	echo "wrote $OUT" >&2
fi
