# A render interrupted by SIGTERM, SIGHUP or SIGINT removes the temporary files it was
# writing (a 100,000-row PNG roadmap left 2,399 files, 370 MB) and ends by that signal.
# The render of a large portfolio, one PNG a page, is killed while its pages are being
# drawn; then the output directory must be empty.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
many_programmes 4000 "Program %d" >big.yaml
"$VEIKART" import big.yaml >/dev/null
mkdir o
for s in TERM:15 HUP:1 INT:2; do
	sig=${s%:*}
	# a background job starts with SIGINT ignored; env gives it back its default
	env --default-signal=INT "$VEIKART" render roadmap -o o/r.png >/dev/null 2>err.txt &
	pid=$!
	tries=0
	while [ "$(ls -A o | grep -c '^\.r-')" -lt 3 ]; do
		kill -0 $pid 2>/dev/null || fail "$sig: the render ended before it was interrupted"
		tries=$((tries + 1))
		[ $tries -lt 1200 ] || fail "$sig: no temporary pages after 60 s"
		sleep 0.05
	done
	kill -$sig $pid
	set +e
	wait $pid
	status=$?
	set -e
	[ "$status" -eq $((128 + ${s#*:})) ] || fail "$sig: exit $status"
	[ -z "$(ls -A o)" ] || fail "$sig: files left: $(ls -A o | head -5) ($(ls -A o | wc -l))"
done
exit 0
