# A store on read-only media can be read: list, status, check and render work (they used
# to stop at "enabling WAL: unable to open database file"), and a write is refused with
# one line. The medium is a read-only bind mount in a mount namespace of the test's own
# (unshare -m, as root); where that is not allowed, the store is read as user nobody
# (setpriv) from a directory nobody may write, or, when not root, from a directory
# made read-only with chmod.
. "$(dirname "$0")/lib.inc"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0" # one line on stderr
sample_store
"$VEIKART" import "$SAMPLES"/status-2021.csv >/dev/null
mkdir ro o
cp v.db ro/v.db
chmod 755 "$T"
chmod 777 o
unset VEIKART_DB
if [ "$(id -u)" != 0 ]; then
	how=chmod
	chmod 555 ro
	chmod 444 ro/v.db
elif unshare -m sh -c "mount --bind ro ro && mount -o remount,ro,bind ro ro" 2>/dev/null; then
	how=mount
else
	how=nobody
	chmod 555 ro
	chmod 444 ro/v.db
fi
# ro_run ARGS...: runs veikart on ro/v.db with the medium read-only, as run does
ro_run() {
	case $how in
	mount)
		run unshare -m sh -c 'mount --bind ro ro && mount -o remount,ro,bind ro ro &&
			touch ro/probe 2>/dev/null && exit 99; exec "$@"' sh \
			"$VEIKART" --db ro/v.db "$@"
		[ "$status" != 99 ] || fail "the mount is not read-only"
		;;
	nobody)
		run setpriv --reuid=65534 --regid=65534 --clear-groups "$VEIKART" --db ro/v.db "$@"
		;;
	chmod) run "$VEIKART" --db ro/v.db "$@" ;;
	esac
}
cp ro/v.db before.db
for args in "list areas" "list programmes" "status" "check" "show PLL" \
	"render roadmap -o o/r.pdf" "export xlsx -o o/p.xlsx"; do
	# shellcheck disable=SC2086 # the arguments are words
	ro_run $args
	expect_status 0
	[ -s "$T/out" ] || [ "${args#render}" != "$args" ] || [ "${args#export}" != "$args" ] ||
		fail "$how: $args: printed nothing"
done
pdftotext o/r.pdf - | grep -q "16 programmer" || fail "$how: the roadmap lacks its programmes"
ro_run status set PLL gul --period 2021-T1
[ "$status" -ne 0 ] || fail "$how: a write on read-only media succeeded"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "$how: a refused write: expected one line on stderr"
cmp -s before.db ro/v.db || fail "$how: the store changed"
[ "$(ls ro)" = v.db ] || fail "$how: files made beside the store: $(ls ro)"
echo "read-only by $how"
exit 0
