# The roadmap PDF: A4 landscape (A3 on request), a creation date from the status date,
# and every programme name there as text, æøå intact, or cut with "…" on A4.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" render roadmap -o r.pdf >/dev/null
pdfinfo r.pdf >info.txt
grep -Eq "^Page size: +841.89 x 595.28 pts" info.txt || fail "not A4 landscape"
grep -Eq "^CreationDate: +Fri May 31 00:00:00 2024" info.txt || fail "creation date"
pdftotext r.pdf r.txt
grep -q "Status per 31.05.2024" r.txt || fail "footer"
grep -Eq "Side 1 av [0-9]+" r.txt || fail "page number"
"$VEIKART" render roadmap --page a3 -o a3.pdf >/dev/null
pdfinfo a3.pdf | grep -Eq "^Page size: +1190.55 x 841.89 pts" || fail "not A3 landscape"
pdftotext a3.pdf a3.txt
"$VEIKART" list programmes --format json | python3 -c '
import json, sys
names = [p["name"] for p in json.load(sys.stdin)]
a3 = open("a3.txt", encoding="utf-8").read()
a4 = open("r.txt", encoding="utf-8").read()
missing = [n for n in names if n not in a3]
assert not missing, missing
for n in names:
    if n not in a4:
        # on A4 a long name is cut at a character with an ellipsis
        assert any(n.startswith(l[:-1].rstrip()) for l in a4.splitlines() if l.endswith("…")), n
assert "Pasientens prøvesvar" in a4 and "Felles journalløft" in a4
' || fail "programme names"
