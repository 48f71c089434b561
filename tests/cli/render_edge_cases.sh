# An empty portfolio, a single-day span, a span that clips phases, and 1,000
# programmes over many pages each render without error.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
"$VEIKART" render roadmap -o empty.pdf >/dev/null
pdftotext empty.pdf - | grep -q "Ingen programmer eller prosjekter å vise" || fail "empty note"
sample_store
"$VEIKART" render roadmap --from 2024-05-31 --to 2024-05-31 -o day.pdf >/dev/null
pdftotext day.pdf - | grep -q "31" || fail "single day axis"
"$VEIKART" render roadmap --from 2024-H1 --to 2024 --status-date 2024-03-15 -o clip.pdf >/dev/null
pdftotext clip.pdf - | grep -q "Status per 15.03.2024" || fail "--status-date"
python3 - <<'P'
with open("many.yaml", "w", encoding="utf-8") as f:
    f.write("veikart: 1\nprogrammes:\n")
    for i in range(1000):
        f.write(f"  - {{code: P{i}, name: Program nr. {i} æøå, phases: "
                f"[{{phase: innforing, start: {2020 + i % 8}, end: {2022 + i % 8}}}]}}\n")
P
"$VEIKART" import --replace many.yaml >/dev/null
"$VEIKART" render roadmap -o many.pdf >/dev/null
pages=$(pdfinfo many.pdf | awk '/^Pages:/ {print $2}')
[ "$pages" -gt 40 ] || fail "1000 programmes on only $pages pages"
pdftotext -f "$pages" -l "$pages" many.pdf - | grep -q "Side $pages av $pages" || fail "last page"
pdftotext -f 2 -l 2 many.pdf - | grep -q "^2024$" || fail "axis not repeated on page 2"
"$VEIKART" render roadmap -o many.svg >/dev/null
rsvg-convert --width 200 --keep-aspect-ratio many.svg -o tall.png || fail "tall SVG"
