# An output is written only over a regular file or a new name: -o a device, a fifo or a
# directory is refused with exit 73 and the node is left as it was (as root, -o /dev/full
# would otherwise replace the system's node with a regular file).
. "$(dirname "$0")/lib.inc"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0" # one line on stderr
sample_store
mkfifo fifo
mkdir dir
nodes="fifo dir"
if [ "$(id -u)" = 0 ]; then
	mknod null c 1 3 # a character device of our own, in the test's directory
	nodes="null $nodes"
fi
for node in $nodes; do
	for args in "render roadmap --format pdf -o $node" "render roadmap --format png -o $node" \
		"export xlsx -o $node"; do
		# shellcheck disable=SC2086 # the arguments are words
		run "$VEIKART" $args
		expect_status 73
		[ "$(wc -l <"$T/err")" -eq 1 ] || fail "$args: expected one line on stderr"
		grep -Eq "^veikart: $node: is a (character device|fifo|directory)" "$T/err" ||
			fail "$args: the message does not say what $node is"
	done
done
[ -p fifo ] || fail "the fifo was replaced"
[ -d dir ] && [ -z "$(ls -A dir)" ] || fail "the directory changed"
if [ -e null ]; then
	[ -c null ] || fail "the device node was replaced"
fi
[ -z "$(ls -A | grep '^\.')" ] || fail "temporary files left: $(ls -A | grep '^\.')"
# a symbolic link to a device is the device
ln -s fifo link.pdf
run "$VEIKART" render roadmap -o link.pdf
expect_status 73
[ -L link.pdf ] && [ -p fifo ] || fail "the link or the fifo was replaced"
exit 0
