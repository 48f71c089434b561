# The workbook shows amounts as stored, as `veikart status` and `show` do: a budget of
# 0,05 MNOK reads 0,05 in the sheet LibreOffice renders (not 0,1), 40,25 reads 40,25.
D=$(cd "$(dirname "$0")" && pwd)
. "$D/lib.inc"
. "$D/xlsx_lo.inc"
sample_store
"$VEIKART" status set PLL gul --period 2021-05 --budget 0,05 >/dev/null
"$VEIKART" status set SFM gul --period 2021-05 --budget 40,25 >/dev/null
"$VEIKART" export xlsx -o book.xlsx >/dev/null
# the first sheet (Status) as LibreOffice shows it: UTF-8, cell contents as shown (the
# filter's ninth token), so the number format decides what the text says
soffice -env:UserInstallation="file://$T/profile" --headless \
	--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true' --outdir csv \
	book.xlsx >"$T/lo.log" 2>&1 || fail "LibreOffice: $(cat "$T/lo.log")"
grep -a '^PLL,' csv/book.csv | grep -aEq ',"?0[.,]05"?(,|$)' ||
	fail "PLL's 0,05 MNOK: $(grep -a '^PLL,' csv/book.csv)"
grep -a '^SFM,' csv/book.csv | grep -aEq ',"?40[.,]25"?(,|$)' ||
	fail "SFM's 40,25 MNOK: $(grep -a '^SFM,' csv/book.csv)"
