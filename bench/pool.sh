#!/bin/sh
# `make pool` from scratch into a scratch build directory, then once more
# (it must do nothing). Prints wall time, CPU seconds (user + sys, all
# processes), the load average around the run and the phases of newlib's
# build, the longest job (docs/performance.md, "The pool").
# "From scratch" excludes downloads: the cached upstream sources of build/
# are copied first (fetch.sh still checks their SHA-256, unpacks and patches).
#
# Usage: bench/pool.sh [DIR]   (default /tmp/uklink-poolbench, removed first)
#   TARGETS=...  the targets to build (default: the Makefile's: every target
#                of every architecture, x86_64 and arm64)
set -eu
cd "$(dirname "$0")/.."
B=${1:-/tmp/uklink-poolbench}
case $B in /*) ;; *) B=$PWD/$B ;; esac
rm -rf "$B" && mkdir -p "$B"
[ ! -d build/downloads ] || cp -R build/downloads "$B/"
set -- BUILD="$B"
[ -z "${TARGETS:-}" ] || set -- "$@" TARGETS="$TARGETS"

load() { cut -d' ' -f1 /proc/loadavg; }
echo "== make pool from scratch ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(load)) =="
/usr/bin/time -f '%e %U %S' -o "$B/time.txt" \
	make --no-print-directory pool "$@" >"$B/pool.log" 2>&1 ||
	{ tail -n 30 "$B/pool.log"; echo "pool.sh: make pool failed ($B/pool.log)" >&2; exit 1; }
read -r wall user sys <"$B/time.txt"
awk -v w="$wall" -v u="$user" -v s="$sys" -v l="$(load)" 'BEGIN {
	printf "wall %.1f s, CPU %.1f s (user %.1f + sys %.1f), load at the end %s\n",
		w, u + s, u, s, l }'
# newlib's build, phase by phase (libpool/newlib/build.sh).
for log in "$B"/obj/port-*/newlib/build.log; do
	[ -f "$log" ] || continue
	awk '/^phase / { sub(":", "", $2); printf "newlib %s %.1f s, ", $2, $3 / 1000; t += $3 }
	     END { printf "total %.1f s\n", t / 1000 }' "$log"
done

/usr/bin/time -f '%e %U %S' -o "$B/time2.txt" \
	make --no-print-directory pool "$@" >"$B/pool2.log" 2>&1
read -r wall user sys <"$B/time2.txt"
echo "second make pool: wall $wall s, CPU $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') s, $(grep -c '^  [A-Z]' "$B/pool2.log" || true) build steps"
