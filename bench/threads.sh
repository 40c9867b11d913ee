#!/bin/sh
# Threads (part of make bench; alone: sh bench/threads.sh): yield ping-pong
# (ns per switch) and create+join on linuxu and kvm, both schedulers'
# common path (ukschedcoop), next to Linux pthreads on the host in the
# same run (mutex/condvar ping-pong, pthread_create/join), with ratios;
# linuxu-shared: -D UKSCHED_THREAD_TCB=n (no %fs change per switch).
# kvm has no monotonic clock yet: its TSC ticks are converted with the
# host's TSC rate (QEMU TCG's TSC follows the host's). docs/threads.md.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
UKLINK=$ROOT/uklink/build/uklink
ACCEL=${UK_QEMU_ACCEL:-tcg}
W=$ROOT/build/bench/threads
mkdir -p "$W"

cc -O2 -pthread -o "$W/host" bench/threads/host.c
for p in linuxu kvm; do
	clang-19 -O2 -flto $("$UKLINK" --plat $p --cflags) \
		-c bench/threads/uk.c -o "$W/uk-$p.o"
	"$UKLINK" --plat $p "$W/uk-$p.o" -o "$W/uk-$p" 2>/dev/null
done
# linuxu again with threads sharing the boot TCB: no arch_prctl per switch.
"$UKLINK" --plat linuxu -D UKSCHED_THREAD_TCB=n "$W/uk-linuxu.o" \
	-o "$W/uk-linuxu-shared" 2>/dev/null

"$W/host" >"$W/host.txt"
"$W/uk-linuxu" >"$W/linuxu.txt"
"$W/uk-linuxu-shared" >"$W/shared.txt"
"$UKLINK" run --plat kvm --accel "$ACCEL" "$W/uk-kvm" >"$W/kvm.txt"

echo "== threads ($(date -u +%Y-%m-%d), $(nproc) cores, QEMU $ACCEL; ns per operation) =="
awk '
FILENAME ~ /host.txt$/ { host[$1] = $2; next }
FILENAME ~ /linuxu.txt$/ { lx[$1] = $2; next }
FILENAME ~ /shared.txt$/ { sh[$1] = $2; next }
{ kv[$1] = $2; kvu[$1] = $3 }
END {
	hz = host["tsc_hz"]
	for (k in kv) if (kvu[k] == "tsc") kv[k] = kv[k] * 1e9 / hz
	printf "%-22s %10s %10s %14s %10s\n", "operation", "host", "linuxu", "linuxu-shared", "kvm"
	printf "%-22s %10.1f %10.1f %14.1f %10.1f\n", "switch (ping-pong)", host["condvar_switch"], lx["yield_switch"], sh["yield_switch"], kv["yield_switch"]
	printf "%-22s %10.1f %10.1f %14.1f %10.1f\n", "create+join", host["create_join"], lx["create_join"], sh["create_join"], kv["create_join"]
	printf "%-22s %10s %10.1f %14s %10.1f\n", "thread-pointer set", "-", lx["tlsp_set"], "-", kv["tlsp_set"]
	printf "%-22s %10s %10.1f %14s %10.1f\n", "fxsave64+fxrstor64", "-", lx["fxsave_fxrstor"], "-", kv["fxsave_fxrstor"]
	printf "ratio linuxu yield / host condvar switch: %.3f (shared TCB: %.3f)\n", lx["yield_switch"] / host["condvar_switch"], sh["yield_switch"] / host["condvar_switch"]
	printf "ratio linuxu create+join / host: %.3f\n", lx["create_join"] / host["create_join"]
	printf "host: pthread mutex/condvar hand-over between 2 threads, pthread_create+join; kvm: TSC at %.0f MHz\n", hz / 1e6
}' "$W/host.txt" "$W/linuxu.txt" "$W/shared.txt" "$W/kvm.txt"
