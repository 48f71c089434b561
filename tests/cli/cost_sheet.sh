# A cost sheet imports (replacing a figure given again), and bad ones end with exit 65,
# FILE:LINE and the store unchanged.
. "$(dirname "$0")/lib.inc"
sample_store
printf 'løsning;år;type;mnok\nHelsenorge;2022;faktisk;279,5\nHelsenorge;2022;forskrift;264\n' >c.csv
"$VEIKART" import c.csv | grep -q "2 kostnadstall" || fail "import"
printf 'Løsning;År;Type;MNOK\nHelsenorge;2022;Faktisk;280\n' >again.csv
"$VEIKART" import again.csv >/dev/null
[ "$(sqlite3 "$VEIKART_DB" "SELECT mnok FROM cost WHERE kind = 'actual'")" = 280.0 ] || fail "replace"
rm -f "$VEIKART_DB"
printf 'løsning;år;type;mnok\nHelsenorge;22;faktisk;1\n' >year.csv
bad_sheet "invalid year '22'" year.csv
rm -f "$VEIKART_DB"
printf 'løsning;år;type;mnok\nHelsenorge;2022;gjetning;1\n' >kind.csv
bad_sheet "unknown kind 'gjetning'" kind.csv
rm -f "$VEIKART_DB"
printf 'løsning;år;type;mnok\nHelsenorge;2022;faktisk;1\nHelsenorge;2022;faktisk;2\n' >dup.csv
bad_sheet "a second faktisk figure for 'Helsenorge' in 2022 \(the first is on line 2\)" dup.csv
rm -f "$VEIKART_DB"
printf 'løsning;år;mnok\nHelsenorge;2022;1\n' >col.csv
bad_sheet "no 'type' column" col.csv
