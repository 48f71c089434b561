"""The peer for `veikart export xlsx`: what an analyst would write instead, in Python with
XlsxWriter. Reads the cells of veikart's Status and Milepæler sheets from the generator's
TSV files (tests/bench/gen.c) and writes them, with veikart's formats, in constant-memory
mode, row by row -- the same cells as tests/bench/limit_xlsx.c.

    python3 tests/bench/peer_xlsxwriter.py DIR OUT.xlsx

DIR/sheet.tsv: code, name, owner, programme, phase now, latest colour, comment, budget,
then the earlier colours, newest first. DIR/milestones.tsv: ISO date, kind, code,
programme name, milestone name. The history columns are headed P-1, P-2, ...
"""
import csv
import datetime
import itertools
import os
import sys

import xlsxwriter

STATUS_DATE = datetime.date(2025, 6, 30)  # the generator's status date
COLOURS = {
    "grønn": {"bg_color": "#2E7D32", "font_color": "#FFFFFF"},
    "gul": {"bg_color": "#E8A800", "font_color": "#1F2933"},
    "rød": {"bg_color": "#C62828", "font_color": "#FFFFFF"},
}
STATUS_HEAD = ["Kode", "Navn", "Eier", "Program", "Fase nå", "Status", "Kommentar",
               "Budsjett (MNOK)"]
MILESTONE_HEAD = ["Dato", "Type", "Kode", "Program / prosjekt", "Milepæl", "Dager til"]


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row:
                yield row


def add_sheet(wb, name):
    ws = wb.add_worksheet(name)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    return ws


def write_colour(ws, r, c, word, status):
    if word:
        ws.write_string(r, c, word, status[word])
    else:
        ws.write_blank(r, c, None)


def write_status(ws, rows, fmt):
    first = next(rows, None)
    ncols = len(first) if first else len(STATUS_HEAD)
    head = STATUS_HEAD + [f"P-{k}" for k in range(1, ncols - len(STATUS_HEAD) + 1)]
    ws.write_row(0, 0, head, fmt["head"])
    ws.set_row(0, 30)
    ws.freeze_panes(1, 1)
    ws.set_column(0, 0, 20)
    ws.set_column(1, 1, 44)
    ws.set_column(2, 3, 22)
    ws.set_column(4, 5, 13)
    ws.set_column(6, 6, 60)
    ws.set_column(7, 7, 11, fmt["mnok"])
    if ncols > 8:
        ws.set_column(8, ncols - 1, 10)

    r = 0
    for r, row in enumerate(itertools.chain([first] if first else [], rows), start=1):
        # write() leaves an empty field out, as libxlsxwriter does with ""
        ws.write_row(r, 0, row[:5])
        colour, comment, budget = row[5:8]
        write_colour(ws, r, 5, colour, fmt["status"])
        ws.write(r, 6, comment)
        if budget:
            ws.write_number(r, 7, float(budget), fmt["mnok"])
        else:
            ws.write_blank(r, 7, None)
        for c, word in enumerate(row[8:], start=8):
            write_colour(ws, r, c, word, fmt["status"])

    ws.autofilter(0, 0, r, ncols - 1)
    ws.data_validation(1, 5, max(r, 1), 5, {
        "validate": "list",
        "source": list(COLOURS),
        "input_title": "Status",
        "input_message": "grønn, gul eller rød",
    })


def write_milestones(ws, rows, fmt):
    ws.write_row(0, 0, MILESTONE_HEAD, fmt["head"])
    ws.set_column(0, 0, 12, fmt["date"])
    ws.set_column(1, 2, 16)
    ws.set_column(3, 3, 40)
    ws.set_column(4, 4, 70)
    ws.set_column(5, 5, 10)
    ws.freeze_panes(1, 0)

    r = 0
    for r, (date, kind, code, name, milestone) in enumerate(rows, start=1):
        day = datetime.date.fromisoformat(date)
        ws.write_datetime(r, 0, day, fmt["date"])
        ws.write_row(r, 1, (kind, code, name, milestone))
        ws.write_formula(r, 5, f"=A{r + 1}-DATE(2025,6,30)", fmt["int"],
                         (day - STATUS_DATE).days)
    ws.autofilter(0, 0, r, 5)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: peer_xlsxwriter.py DIR OUT.xlsx")
    src, out = sys.argv[1], sys.argv[2]

    wb = xlsxwriter.Workbook(out, {"constant_memory": True})
    fmt = {
        "head": wb.add_format({"bold": True, "font_color": "#FFFFFF",
                               "bg_color": "#1F4E79", "text_wrap": True,
                               "valign": "vcenter"}),
        "mnok": wb.add_format({"num_format": "#,##0.0"}),
        "date": wb.add_format({"num_format": "dd.mm.yyyy"}),
        "int": wb.add_format({"num_format": "0"}),
        "status": {word: wb.add_format({**colours, "bold": True, "align": "center"})
                   for word, colours in COLOURS.items()},
    }
    write_status(add_sheet(wb, "Status"), read_tsv(os.path.join(src, "sheet.tsv")), fmt)
    write_milestones(add_sheet(wb, "Milepæler"),
                     read_tsv(os.path.join(src, "milestones.tsv")), fmt)
    wb.close()


if __name__ == "__main__":
    main()
