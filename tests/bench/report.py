#!/usr/bin/python3
"""The table of a `make bench` run (results.tsv from run.sh) as Markdown, with each of
issue 9's targets checked against the numbers: report.py RESULTS.TSV RUNS SCALE"""
import collections
import datetime
import os
import platform
import subprocess
import sys

TARGETS = {  # workload: (limit ratio at most, what it means)
    "W1-pdf": 1.5,
    "W1-png": 1.5,
    "W2": 1.3,
    "W3": 2.0,
}
TITLES = {
    "W1-pdf": "W1 render roadmap, PDF (rows)",
    "W1-png": "W1 render roadmap, PNG (rows)",
    "W2": "W2 export xlsx (status rows)",
    "W3": "W3 status import (CSV rows)",
    "W4-trend": "W4 status --trend (items × 60 periods)",
    "W4-list": "W4 list programmes (items × 60 periods)",
}
PEERS = {"W1-pdf": "matplotlib", "W1-png": "matplotlib", "W2": "XlsxWriter",
         "W3": "", "W4-trend": "", "W4-list": ""}
LIMITS = {"W1-pdf": "cairo+pango", "W1-png": "cairo+pango", "W2": "libxlsxwriter",
          "W3": "sqlite3 .import", "W4-trend": "", "W4-list": ""}
W4_MAX_S = 0.2
W2_MAX_MB = 64


def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.split("\n")[0]
    except OSError:
        return "?"


def main():
    path, runs, scale = sys.argv[1], sys.argv[2], sys.argv[3]
    t = collections.defaultdict(dict)  # (workload, size) -> who -> (s, MB)
    order = []
    for line in open(path):
        workload, size, who, median, peak = line.rstrip("\n").split("\t")
        key = (workload, int(size))
        if key not in t:
            order.append(key)
        t[key][who] = (float(median), int(peak) / 1024)

    out = []
    out.append("# veikart benchmarks\n")
    out.append(
        f"`make bench` on {datetime.date.today().isoformat()}: {cpu()}, "
        f"{os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"{version(['hyperfine', '--version'])}; scale {scale}. Each time is for the whole "
        f"command: the median of {runs} rounds, where a round runs veikart, the limit and "
        f"the peer in turn, each for at least 3 s (hyperfine, its median), so a slow "
        f"spell of the shared machine hits all three alike. Peak memory is the maximum "
        f"resident size of one more run (/usr/bin/time). **limit** is the bare C "
        f"program in tests/bench/ doing only the unavoidable work (or sqlite3's own "
        f".import); **peer** is what people would use instead. See "
        f"tests/bench/README.md for what each workload does.\n")
    out.append("| workload | size | veikart s | limit s | peer s | veikart / limit "
               "| peer / veikart | peak MB veikart / limit / peer | target | met |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---|")
    verdicts = []
    workloads = []
    for workload, size in order:
        if workload not in workloads:
            workloads.append(workload)
    largest = {w: max(s for (x, s) in order if x == w) for w in workloads}
    for workload, size in order:
        r = t[(workload, size)]
        v, l, p = r.get("veikart"), r.get("limit"), r.get("peer")
        ratio = v[0] / l[0] if v and l and l[0] > 0 else None
        peer_ratio = p[0] / v[0] if v and p and v[0] > 0 else None
        target, met = "", ""
        if workload in TARGETS and ratio is not None:
            target = f"≤ {TARGETS[workload]:g}× limit"
            ok = ratio <= TARGETS[workload]
            if workload == "W2" and size == largest[workload]:
                target += f", < {W2_MAX_MB} MB"
                ok = ok and v[1] < W2_MAX_MB
            met = "yes" if ok else "**no**"
            verdicts.append(ok)
        elif workload.startswith("W4") and size == largest[workload]:
            target = f"< {W4_MAX_S:g} s"
            ok = v[0] < W4_MAX_S
            met = "yes" if ok else "**no**"
            verdicts.append(ok)

        def s(x):
            return f"{x[0]:.3f}" if x else "–"

        def mb(x):
            return f"{x[1]:.0f}" if x else "–"

        out.append(
            f"| {TITLES.get(workload, workload)} | {size:,} | {s(v)} | {s(l)} | {s(p)} | "
            f"{f'{ratio:.2f}×' if ratio else '–'} | "
            f"{f'{peer_ratio:.1f}×' if peer_ratio else '–'} | "
            f"{mb(v)} / {mb(l)} / {mb(p)} | {target} | {met} |")
    out.append("")
    out.append("limit and peer per workload: " + "; ".join(
        f"{w}: {LIMITS[w] or '–'} / {PEERS[w] or '–'}" for w in workloads if w in LIMITS) + ".\n")

    out.append("## Growth\n")
    out.append("Time of each size over the size before it (the sizes grow 10× a step; "
               "linear is 10×, the target is at most 11×), and veikart's peak memory.\n")
    out.append("| workload | sizes | veikart time growth | limit time growth "
               "| veikart peak MB | met |")
    out.append("|---|---|---|---|---|---|")
    for w in workloads:
        sizes = [s for (x, s) in order if x == w]
        vt = [t[(w, s)]["veikart"][0] for s in sizes]
        growth = [b / a if a > 0 else 0 for a, b in zip(vt, vt[1:])]
        steps = [b / a for a, b in zip(sizes, sizes[1:])]
        lt = [t[(w, s)]["limit"][0] for s in sizes if "limit" in t[(w, s)]]
        lgrowth = [b / a if a > 0 else 0 for a, b in zip(lt, lt[1:])]
        ok = all(g <= 1.1 * st for g, st in zip(growth, steps))
        verdicts.append(ok)
        out.append(
            f"| {w} | {' → '.join(f'{s:,}' for s in sizes)} | "
            f"{', '.join(f'{g:.1f}×' for g in growth)} | "
            f"{', '.join(f'{g:.1f}×' for g in lgrowth) or '–'} | "
            f"{' → '.join(str(round(t[(w, s)]['veikart'][1])) for s in sizes)} | "
            f"{'yes' if ok else '**no**'} |")
    out.append("")
    out.append(f"Targets met: {sum(verdicts)} of {len(verdicts)}.")
    print("\n".join(out))


if __name__ == "__main__":
    main()
