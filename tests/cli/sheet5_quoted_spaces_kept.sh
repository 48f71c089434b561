# A sheet keeps the spaces inside a quoted field (a comment "  as written ") and drops
# those around an unquoted one, as Excel does; so export csv, which quotes such text,
# imports back whole instead of losing its spaces without a word.
. "$(dirname "$0")/lib.inc"
sample_store
"$VEIKART" status set PLL gul --period 2021-05 --comment "  to mellomrom foran og ett bak " >/dev/null
"$VEIKART" export csv --what reports -o r.csv >/dev/null
export VEIKART_DB="$T/fresh.db"
sample_store
"$VEIKART" import r.csv >/dev/null
"$VEIKART" show PLL --format json | grep -q '"comment": "  to mellomrom foran og ett bak "' ||
	fail "the comment's spaces were lost: $("$VEIKART" show PLL --format json | grep comment)"
# unquoted fields are still read without the spaces around them
printf 'periode ; kode;status;kommentar\n 2021-05 ; SFM\t; gul ; uten anførselstegn \n' >sp.csv
"$VEIKART" import sp.csv >/dev/null
"$VEIKART" show SFM --format json | grep -q '"comment": "uten anførselstegn"' || fail "unquoted field not trimmed"
