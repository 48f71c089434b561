#!/bin/sh
# Every symbol a veikart library defines for other files carries the vk_ prefix
# (DESIGN.md: a helper shared between files of one module is not static and so carries
# the prefix too). Lists the ones that do not and fails; compiler-made symbols (__*) and
# the embedded tables' own names aside. Usage: check-symbols.sh LIBRARY.a...
set -eu
bad=$(nm -g --defined-only "$@" | awk 'NF == 3 && $2 ~ /[A-TV-Z]/ && $3 !~ /^(vk_|__)/ {print $3}' |
	sort -u)
if [ -n "$bad" ]; then
	echo "symbols without the vk_ prefix, defined in $*:" >&2
	printf '  %s\n' $bad >&2
	exit 1
fi
echo "$(nm -g --defined-only "$@" | awk 'NF == 3 && $2 ~ /[A-TV-Z]/' | wc -l) global symbols, all vk_"
