# A failed render leaves no file and does not touch an existing one.
. "$(dirname "$0")/lib.inc"
sample_store
run "$VEIKART" render roadmap -o no/such/dir/r.pdf
expect_status 73
grep -q "^veikart: no/such/dir/r.pdf: cannot create" "$T/err" || fail "message"
echo old >keep.pdf
run "$VEIKART" render rollout --programme NOPE -o keep.pdf
expect_status 1
[ "$(cat keep.pdf)" = old ] || fail "existing file was changed"
run "$VEIKART" render roadmap --dpi 600 --format png -o huge.png --projects --page a3
[ "$(ls -a | grep -c '^\.huge')" = 0 ] || fail "temporary file left"
ls -a | grep -q '^\.keep' && fail "temporary file left"
exit 0
