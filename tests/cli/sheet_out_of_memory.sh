# Running out of memory while reading an input is said as such (exit 1), never "the file
# is empty" (exit 65, bad data) as when libfyaml gave up without an error. Needs a memory
# limit, which a sanitizer build cannot run under: there the test says so and passes.
. "$(dirname "$0")/lib.inc"
sample_store
if ! (ulimit -v 400000 && "$VEIKART" --help >/dev/null 2>&1); then
	echo "skipped: $VEIKART cannot run under a memory limit (a sanitizer build)"
	exit 0
fi
python3 -c "
with open('many.yaml', 'w') as f:
    f.write('veikart: 1\nprogrammes:\n')
    f.write('  - a\n' * 3000000)
"
set +e
(ulimit -v 400000 && exec "$VEIKART" import many.yaml) >"$T/out" 2>"$T/err"
status=$?
set -e
grep -q "the file is empty" "$T/err" && fail "out of memory reported as an empty file"
expect_status 1
grep -q "^veikart: many.yaml: cannot be read: .*out of memory" "$T/err" || fail "message"
