#!/bin/sh
# Peak memory of `veikart export xlsx` as the portfolio grows: N programmes/projects with
# one status report in each of 20 periods (N x 20 reports). Prints N, reports, seconds and
# max RSS (KiB) for the import and the export; the export's RSS should not grow with N
# (constant-memory mode above 5,000 items). Usage: xlsx_memory.sh VEIKART [N...]
set -eu
V=$(readlink -f "$1")
shift
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
echo "items reports import_s import_rss_kib export_s export_rss_kib xlsx_bytes"
for n in "${@:-1000 10000}"; do
	rm -f v.db
	python3 - "$n" <<'P'
import sys
n = int(sys.argv[1])
with open("p.yaml", "w") as f:
    f.write("veikart: 1\nprogrammes:\n")
    for p in range(n // 100):
        f.write(f"  - code: P{p}\n    name: Program {p}\n    phases: [{{phase: innforing, start: 2020, end: 2026}}]\n    projects:\n")
        for k in range(99):
            f.write(f"      - {{code: P{p}-{k}, name: Prosjekt {p}-{k} med et ganske langt navn, phases: [{{phase: utproving, start: 2021, end: 2025}}]}}\n")
colours = ["grønn", "gul", "rød"]
with open("s.csv", "w") as f:
    f.write("periode;kode;status;kommentar;budsjett\n")
    for per in range(20):
        period = f"{2021 + per // 12}-{per % 12 + 1:02d}"
        for p in range(n // 100):
            codes = [f"P{p}"] + [f"P{p}-{k}" for k in range(99)]
            for i, c in enumerate(codes):
                f.write(f"{period};{c};{colours[(i + per) % 3]};Kommentar {i};{(i % 50) + 0.5}\n")
P
	"$V" --db v.db init >/dev/null
	/usr/bin/time -f "%e %M" -o imp.txt "$V" --db v.db import p.yaml s.csv >/dev/null
	/usr/bin/time -f "%e %M" -o exp.txt "$V" --db v.db export xlsx -o b.xlsx >/dev/null
	echo "$n $((n * 20)) $(cat imp.txt) $(cat exp.txt) $(stat -c %s b.xlsx)"
done
