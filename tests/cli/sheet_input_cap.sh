# An input is read up to 256 MB and refused beyond (exit 65, saying so), so that
# `import /dev/zero` or a huge file ends with a message instead of exhausting memory.
. "$(dirname "$0")/lib.inc"
sample_store
truncate -s 300M huge.csv
run timeout 60 "$VEIKART" import huge.csv
expect_status 65
grep -q "^veikart: huge.csv: larger than 256 MB, the most veikart reads from one input file$" "$T/err" ||
	fail "huge file message"
rm -f huge.csv
run timeout 60 "$VEIKART" import /dev/zero
expect_status 65
grep -q "^veikart: /dev/zero: larger than 256 MB" "$T/err" || fail "/dev/zero message"
