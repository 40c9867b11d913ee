#!/bin/sh
# make bench (via bench/run.sh): helloworld on linuxu against a static musl
# hello and a static glibc hello, measured side by side in one run.
# Prints stripped bytes and fork+exec -> "Hello world!" / -> exit (median
# of RUNS, runs interleaved so that machine noise hits all three alike),
# with ratios against ours; then the minor page faults and the system
# calls of one run, which load does not change. Needs musl-gcc (Debian:
# musl-tools; installed here when missing), glibc's static libc
# (libc6-dev), GNU time (/usr/bin/time); strace is optional.
# Env: UKLINK (default: the in-tree build), RUNS (default 51), CC (gcc).
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
UKLINK=${UKLINK:-$ROOT/uklink/build/uklink}
RUNS=${RUNS:-51}
CC=${CC:-gcc}
W=$ROOT/build/bench/linuxu
mkdir -p "$W"

if ! command -v musl-gcc >/dev/null 2>&1; then
	echo "bench/linuxu.sh: installing musl-tools (musl-gcc)" >&2
	apt-get install -y musl-tools >/dev/null 2>&1 ||
		{ apt-get update >/dev/null && apt-get install -y musl-tools >/dev/null; }
fi

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# The same program for the three: the app's own main.c for ours (as a
# user would build it), the plain equivalent for the libcs.
cat >"$W/hello.c" <<'C'
#include <stdio.h>
int main(void)
{
	printf("Hello world!\n");
	return 0;
}
C
"$CC" -O2 -Wall -o "$W/boottime" bench/boottime.c
"$CC" -c apps/helloworld/main.c -o "$W/main.o"
"$UKLINK" --plat linuxu "$W/main.o" -o "$W/uklink"
musl-gcc -static -Os -o "$W/musl" "$W/hello.c"
"$CC" -static -Os -o "$W/glibc" "$W/hello.c"
for i in uklink musl glibc; do
	# binutils strip: llvm-strip-19 rejects glibc's static .rela.plt.
	strip -o "$W/$i.stripped" "$W/$i"
	out=$("$W/$i.stripped")
	[ "$out" = "Hello world!" ] || { echo "$i: wrong output: $out" >&2; exit 1; }
	: >"$W/$i.times"
done

n=0
while [ $n -lt "$RUNS" ]; do
	for i in uklink musl glibc; do
		"$W/boottime" "Hello world!" "$W/$i.stripped" >>"$W/$i.times"
	done
	n=$((n + 1))
done

# Counts that machine load does not move: minor page faults of one run
# (GNU time's %R; median of 11) and system calls (strace, when there).
faults() {
	n=0
	while [ $n -lt 11 ]; do
		/usr/bin/time -f %R "$1" 2>&1 >/dev/null | tail -n 1
		n=$((n + 1))
	done | median
}
syscalls() {
	if command -v strace >/dev/null 2>&1; then
		strace -qq -o "$W/strace.out" "$1" >/dev/null &&
			wc -l <"$W/strace.out"
	else
		echo -
	fi
}

echo "== helloworld, linuxu-x86_64 vs static libcs ($(date -u +%Y-%m-%d), $(nproc) cores, $(uname -r), median of $RUNS) =="
printf '%-18s %10s %8s %12s %12s %8s %7s %9s\n' image stripped-B x-ours to-hello-us to-exit-us x-ours faults syscalls
ob=$(stat -c %s "$W/uklink.stripped")
oe=$(awk '{ print $2 }' "$W/uklink.times" | median)
for i in uklink musl glibc; do
	b=$(stat -c %s "$W/$i.stripped")
	h=$(awk '{ print $1 }' "$W/$i.times" | median)
	e=$(awk '{ print $2 }' "$W/$i.times" | median)
	case $i in
	uklink) name="uklink (ours)" ;;
	musl) name="musl -static -Os" ;;
	glibc) name="glibc -static -Os" ;;
	esac
	f=$(faults "$W/$i.stripped")
	sc=$(syscalls "$W/$i.stripped")
	awk -v n="$name" -v b="$b" -v ob="$ob" -v h="$h" -v e="$e" -v oe="$oe" \
	    -v f="$f" -v sc="$sc" 'BEGIN {
		printf "%-18s %10d %8.2f %12d %12d %8.2f %7s %9s\n", n, b, b / ob, h, e, e / oe, f, sc }'
done
echo "(x-ours: the row's value divided by ours; to-exit: fork+exec -> waitpid;"
echo " faults: minor page faults of one run; syscalls: from execve to exit_group)"
