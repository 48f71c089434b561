#!/bin/sh
# The bad-input suite: every file in tests/bad/ is imported into a store holding the
# sample portfolio (and every "cmd:" line is run against it); each must end with the
# exit status and the one stderr line that cases.txt says, and leave the store exactly
# as it was (its whole export). A 10 MB label is generated here rather than kept in git.
. "$(dirname "$0")/../cli/lib.inc"
BAD=$(cd "$(dirname "$0")" && pwd)
sample_store
"$VEIKART" import "$SAMPLES"/status-2021.csv >/dev/null
python3 -c "
open('yaml-10mb-label.yaml', 'w').write('veikart: 1\nprogrammes:\n  - {code: A, name: \"' + 'x' * (10 * 1024 * 1024) + '\", phases: [{phase: drift, start: 2023, end: 2024}]}\n')"
cp "$BAD"/*.yaml "$BAD"/*.csv .
store_state before.yaml
n=0
while IFS= read -r line; do
	case "$line" in '#'* | '') continue ;; esac
	if [ "${line#cmd: }" != "$line" ]; then
		rest=${line#cmd: }
		args=$(printf '%s' "$rest" | sed 's/  \+[0-9][0-9]*  \+.*$//')
		want=$(printf '%s' "$rest" | sed 's/^.*  \+\([0-9][0-9]*\)  \+.*$/\1/')
		pattern=$(printf '%s' "$rest" | sed 's/^.*  \+[0-9][0-9]*  \+//')
		# shellcheck disable=SC2086 # the arguments are words
		run "$VEIKART" $args
		what="$args"
	else
		file=$(printf '%s' "$line" | awk '{print $1}')
		want=$(printf '%s' "$line" | awk '{print $2}')
		pattern=$(printf '%s' "$line" | sed 's/^[^ ]* *[0-9]* *//')
		run "$VEIKART" import "$file"
		what="$file"
	fi
	[ "$status" = "$want" ] || fail "$what: exit $status, expected $want"
	[ "$(wc -l <"$T/err")" -eq 1 ] || fail "$what: expected one line on stderr"
	grep -Eq "^veikart: $pattern" "$T/err" || fail "$what: stderr does not match '$pattern'"
	store_state after.yaml
	cmp -s before.yaml after.yaml || fail "$what: the store changed"
	n=$((n + 1))
done <"$BAD/cases.txt"
[ "$n" -ge 40 ] || fail "only $n cases ran"
echo "$n bad inputs refused cleanly"
