# The same store and options give the same bytes, in every format.
. "$(dirname "$0")/lib.inc"
sample_store
for f in pdf svg png; do
	"$VEIKART" render roadmap --projects -o "a.$f" >/dev/null
	sleep 1
	"$VEIKART" render roadmap --projects -o "b.$f" >/dev/null
	cmp -s "a.$f" "b.$f" || fail "$f output differs between runs"
done
