# The roadmap names what --from/--to leaves off the axis, at the end it lies beyond, as
# the rollout does: a row's phases and milestones wholly before or after the span are not
# dropped without a word.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" render roadmap --from 2024 --to 2025 -o r.pdf >/dev/null || fail "render roadmap"
pdftotext -raw r.pdf - | tr '\n' ' ' >r.txt
# Pasientens prøvesvar: planned and tried before 2024, decided end of 2023, in use by 2027
grep -q "◂ Planlegging 01.01.2021–31.12.2021, Utprøving 01.01.2022–31.12.2023, Beslutning om nasjonal innføring 31.12.2023 (utenfor)" r.txt ||
	fail "PROVESVAR's earlier phases and milestone are not named"
grep -q "Innført i hele landet 31.12.2027 (utenfor) ▸" r.txt ||
	fail "PROVESVAR's 2027 goal is not named"
# a long list is wrapped in the row, not cut
grep -q "Minst 80 % av helse- og omsorgstjenesten har tilgang 31.12.2029 (utenfor) ▸" r.txt ||
	fail "PLL's last goal is cut or missing"
grep -q "(utenfor)…\|… (utenfor)" r.txt && fail "an outside list is cut"
# in English too
"$VEIKART" --lang en render roadmap --from 2024 --to 2025 -o e.pdf >/dev/null
pdftotext -raw e.pdf - | tr '\n' ' ' | grep -q "Innført i hele landet 31 December 2027 (outside) ▸" ||
	fail "English: the 2027 goal is not named"
# the whole span: nothing is outside, nothing is said
"$VEIKART" render roadmap -o w.pdf >/dev/null
pdftotext -raw w.pdf - | grep -q "(utenfor)" && fail "outside named without --from/--to"
exit 0
