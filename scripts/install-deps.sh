#!/bin/sh
# Installs the Debian 12 packages veikart builds, tests and draws with; skips what is
# already present so a second run costs nothing. Needs root (or sudo) the first time.
# `install-deps.sh bench` adds what `make bench` times and compares against.
set -eu

pkgs="cmake make gcc pkg-config
libsqlite3-dev sqlite3
libfyaml-dev libjansson-dev libcsv-dev
libcairo2-dev libpango1.0-dev libxlsxwriter-dev
check
fonts-dejavu-core
python3 poppler-utils librsvg2-bin python3-openpyxl clang-format
libreoffice-calc-nogui valgrind clang-14 libclang-rt-14-dev"
if [ "${1:-}" = bench ]; then
	pkgs="$pkgs hyperfine time python3-matplotlib python3-xlsxwriter"
fi

missing=""
for p in $pkgs; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

echo "installing:$missing" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086 # word splitting of the package list is intended
$sudo apt-get install -y -q --no-install-recommends $missing
