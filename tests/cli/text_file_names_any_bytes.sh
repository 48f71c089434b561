# A file name is whatever bytes the file system holds: a Latin-1 name (from an old
# share) can be imported and written to, while text that would be stored (a comment)
# must still be UTF-8. The name is shown escaped in messages.
. "$(dirname "$0")/lib.inc"
sample_store
name=$(printf 'r\345d.csv')
printf 'periode;kode;status\n2021-05;PLL;gul\n' >"$name"
run "$VEIKART" import "$name"
expect_status 0
out=$(printf 'ut\345.pdf')
run "$VEIKART" render status -o "$out"
expect_status 0
[ -s "$out" ] || fail "nothing written to the Latin-1 name"
run "$VEIKART" export xlsx --output="$(printf 'b\345k.xlsx')"
expect_status 0
db=$(printf 'st\345re.db')
cp "$VEIKART_DB" "$db"
run "$VEIKART" --db "$db" status
expect_status 0
# a missing file with such a name: refused, the name escaped
run "$VEIKART" import "$(printf 'finnes-ikke-\345.csv')"
expect_status 66
grep -Fq 'finnes-ikke-\xe5.csv' "$T/err" || fail "the name is not shown escaped"
# text still is checked
run "$VEIKART" status set PLL gul --period 2021-05 --comment "$(printf 'r\345d')"
expect_status 2
