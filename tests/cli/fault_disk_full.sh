# A disk that fills while writing (ulimit -f) gives exit 73 and leaves no partial or
# temporary output file. Charts only: libxlsxwriter 1.1.4 does not report failed writes
# of its temporary XML parts, so a workbook cut short that way still looks whole (veikart
# does catch a zip that is cut short).
. "$(dirname "$0")/lib.inc"
demo_store
mkdir o
(
	ulimit -f 64 # 64 KiB: room for the store's shared-memory file, not for the outputs
	trap '' XFSZ
	run "$VEIKART" render roadmap --projects -o o/r.png
	echo "$status" >o.status
	run "$VEIKART" render rollout --programme PLL -o o/r.svg
	echo "$status" >>o.status
)
[ "$(cat o.status | tr '\n' ' ')" = "73 73 " ] || fail "exit statuses $(cat o.status | tr '\n' ' ')"
[ -z "$(ls -A o)" ] || fail "files left: $(ls -A o)"
