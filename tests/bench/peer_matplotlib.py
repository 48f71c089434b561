#!/usr/bin/python3
"""The peer of veikart's roadmap: the Gantt chart an analyst would draw with matplotlib
instead, for the benchmarks (tests/bench/README.md).

    /usr/bin/python3 tests/bench/peer_matplotlib.py roadmap.tsv OUT.pdf
    /usr/bin/python3 tests/bench/peer_matplotlib.py roadmap.tsv OUT.png

reads the roadmap.tsv of bench_gen (gen.c): code, name, 3 x (phase, start, end),
2 x (milestone date, kind), latest status colour; ISO dates, tab-separated. Draws 40 rows a
page on A4 landscape: the three phases of a row with broken_barh, the milestones as diamonds
(scatter, marker 'D'), the status as a coloured mark left of the label, the names as y tick
labels cut to 40 characters, a year axis and grid, the dashed status-date line and a legend.
PDF is one file of all the pages (PdfPages); PNG is one 150 dpi file a page, OUT-001.png,
OUT-002.png, ... (as many digits as the page count has).
"""

import datetime
import os
import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.transforms import blended_transform_factory  # noqa: E402

ROWS_PER_PAGE = 40
LABEL_MAX = 40
A4_LANDSCAPE = (11.69, 8.27)
PNG_DPI = 150
STATUS_DATE = datetime.date(2025, 6, 30)

# veikart's built-in phase colours and palette
PHASES = {
    "planlegging": ("Planlegging", "#56B4E9"),
    "utproving": ("Utprøving", "#E69F00"),
    "innforing": ("Innføring", "#009E73"),
}
INK = "#1F2933"
GOAL = "#D55E00"
STATUS_LINE = "#B8322A"
STATUS = {  # colour: (marker, colour, legend)
    "grønn": ("o", "#2E7D32", "Grønn"),
    "gul": ("^", "#E8A800", "Gul"),
    "rød": ("s", "#C62828", "Rød"),
}


def day(iso):
    """The matplotlib day number of an ISO date."""
    return mdates.date2num(datetime.date.fromisoformat(iso))


def read_rows(path):
    """The rows of roadmap.tsv as dicts with dates as matplotlib day numbers."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            fields = line.rstrip("\r\n").split("\t")
            if fields == [""]:
                continue
            if len(fields) != 16:
                raise ValueError(f"{path}:{lineno}: {len(fields)} fields, not 16")
            phases = []
            for i in range(3):
                kind, start, end = fields[2 + 3 * i : 5 + 3 * i]
                if kind not in PHASES:
                    raise ValueError(f"{path}:{lineno}: unknown phase {kind!r}")
                phases.append((kind, day(start), day(end) + 1))  # to the end of the day
            milestones = [(day(fields[11 + 2 * i]), fields[12 + 2 * i]) for i in range(2)]
            if fields[15] not in STATUS:
                raise ValueError(f"{path}:{lineno}: unknown status {fields[15]!r}")
            rows.append(
                {
                    "name": fields[1],
                    "phases": phases,
                    "milestones": milestones,
                    "status": fields[15],
                }
            )
    return rows


def short(name):
    return name if len(name) <= LABEL_MAX else name[: LABEL_MAX - 1].rstrip() + "…"


def legend_handles():
    handles = [Patch(color=colour, label=label) for label, colour in PHASES.values()]
    handles += [
        Line2D([], [], ls="", marker="D", ms=7, mfc=INK, mec="white", label="Beslutning"),
        Line2D([], [], ls="", marker="D", ms=6, mfc=GOAL, mec=INK, label="Mål"),
    ]
    handles += [
        Line2D([], [], ls="", marker=m, ms=6, color=c, label=label)
        for m, c, label in STATUS.values()
    ]
    handles.append(
        Line2D([], [], color=STATUS_LINE, ls="--", label=f"Statusdato {STATUS_DATE:%d.%m.%Y}")
    )
    return handles


def draw_page(rows, page, pages, xlim, title):
    """One figure of up to ROWS_PER_PAGE rows; the caller saves and closes it."""
    fig, ax = plt.subplots(figsize=A4_LANDSCAPE)
    # the same plot area on every page, with room for the labels and the legend
    fig.subplots_adjust(left=0.30, right=0.97, top=0.90, bottom=0.12)
    fig.suptitle(title, x=0.03, ha="left", fontsize=15, fontweight="bold", color=INK)

    decisions, goals = [], []
    for y, row in enumerate(rows):
        ax.broken_barh(
            [(start, end - start) for _, start, end in row["phases"]],
            (y - 0.3, 0.6),
            facecolors=[PHASES[kind][1] for kind, _, _ in row["phases"]],
        )
        for date, kind in row["milestones"]:
            (decisions if kind == "decision" else goals).append((date, y))
    for points, size, face, edge in ((decisions, 45, INK, "white"), (goals, 30, GOAL, INK)):
        if points:
            xs, ys = zip(*points)
            ax.scatter(xs, ys, marker="D", s=size, c=face, edgecolors=edge, linewidths=0.75,
                       zorder=3)

    # status marks just left of the plot area, one scatter per colour
    left = blended_transform_factory(ax.transAxes, ax.transData)
    for status, (marker, colour, _) in STATUS.items():
        ys = [y for y, row in enumerate(rows) if row["status"] == status]
        if ys:
            ax.scatter([-0.012] * len(ys), ys, marker=marker, s=25, c=colour,
                       transform=left, clip_on=False)

    ax.axvline(mdates.date2num(STATUS_DATE), color=STATUS_LINE, ls="--", lw=1.2, zorder=4)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([short(row["name"]) for row in rows], fontsize=7, color=INK)
    ax.tick_params(axis="y", length=0, pad=14)
    ax.set_ylim(ROWS_PER_PAGE - 0.5, -0.5)  # first row at the top, full-page row height
    ax.set_xlim(*xlim)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.xaxis.tick_top()
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#CBD2D9", lw=0.5)
    ax.set_axisbelow(True)
    for side in ("left", "right"):
        ax.spines[side].set_visible(False)

    fig.legend(handles=legend_handles(), loc="lower left", bbox_to_anchor=(0.03, 0.04),
               ncol=9, fontsize=7, frameon=False)
    fig.text(0.97, 0.02, f"Side {page + 1} av {pages}", ha="right", fontsize=7,
             color="#616E7C")
    return fig


def main():
    if len(sys.argv) != 3 or not sys.argv[2].endswith((".pdf", ".png")):
        sys.exit("usage: peer_matplotlib.py roadmap.tsv OUT.pdf|OUT.png")
    path, out = sys.argv[1], sys.argv[2]
    try:
        rows = read_rows(path)
    except (OSError, ValueError) as e:
        sys.exit(f"peer_matplotlib: {e}")

    # the axis: whole years around every phase and milestone, as veikart's
    days = [d for r in rows for _, s, e in r["phases"] for d in (s, e - 1)]
    days += [d for r in rows for d, _ in r["milestones"]]
    first = mdates.num2date(min(days)).year if days else STATUS_DATE.year
    last = mdates.num2date(max(days)).year if days else STATUS_DATE.year
    xlim = (mdates.date2num(datetime.date(first, 1, 1)),
            mdates.date2num(datetime.date(last + 1, 1, 1)))
    title = f"Nasjonal e-helseportefølje – veikart {first}–{last} · {len(rows)} programmer"

    pages = max(1, -(-len(rows) // ROWS_PER_PAGE))
    chunks = [rows[p * ROWS_PER_PAGE : (p + 1) * ROWS_PER_PAGE] for p in range(pages)]
    try:
        if out.endswith(".pdf"):
            with PdfPages(out) as pdf:
                for page, chunk in enumerate(chunks):
                    fig = draw_page(chunk, page, pages, xlim, title)
                    pdf.savefig(fig)
                    plt.close(fig)
        else:
            stem, digits = os.path.splitext(out)[0], len(str(pages))
            for page, chunk in enumerate(chunks):
                fig = draw_page(chunk, page, pages, xlim, title)
                fig.savefig(f"{stem}-{page + 1:0{digits}d}.png", dpi=PNG_DPI)
                plt.close(fig)
    except OSError as e:
        sys.exit(f"peer_matplotlib: {e}")


if __name__ == "__main__":
    main()
