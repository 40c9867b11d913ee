#!/bin/sh
# bench/net.sh's inside, run in a private network namespace (its own:
# see below): boots both
# systems at once, each on its own tap (ours 10.79.0.2 on uktap0, linux
# 10.79.1.2 on uktap1, the host side .1), then measures them in
# alternation, ROUNDS times, so that the host's load (other jobs) changes
# over a run and hits both alike. Prints "SYSTEM stream MBPS TICKS" and
# "SYSTEM rr SIZE RATE TICKS" lines (TICKS: CPU time the system's QEMU
# used during the run, in clock ticks). Environment: W (work dir with netbench,
# sockprog.kvm, linux.cpio), CACHE (vmlinuz), ACCEL, MEM, SECS, ROUNDS,
# ALT (1: a third system, "alt": ours again, $W/sockprog.alt.kvm, on
# uktap2, 10.79.2.2, with ALT_NIC appended to its NIC's options, e.g.
# ",vectors=0": a lever measured against ours in the same run), ONLY
# (rr: round trips only, no stream).
set -u
# Taps and addresses only in a network namespace of this script's own:
# it re-runs itself under `unshare -n` (the marker argument says it did),
# so neither bench/net.sh nor a hand run can touch the host's namespace.
if [ "${1:-}" != --in-own-netns ]; then
	exec unshare -n sh "$0" --in-own-netns
fi
ip link set lo up
SYSTEMS="ours linux"
[ "${ALT:-0}" = 1 ] && SYSTEMS="ours alt linux"
for i in 0 1 2; do
	ip tuntap add dev "uktap$i" mode tap
	ip addr add "10.79.$i.1/24" dev "uktap$i"
	ip link set "uktap$i" up
done
qemu() {
	log=$1 tap=$2 nic=$3
	shift 3
	exec qemu-system-x86_64 -M pc -accel "$ACCEL" -cpu max -smp 1 -m "$MEM" \
		-nodefaults -no-user-config -nographic -monitor none \
		-display none -no-reboot -serial "file:$log" \
		-netdev "tap,id=n0,ifname=$tap,script=no,downscript=no,vhost=off" \
		-device "virtio-net-pci,netdev=n0,romfile=$nic" "$@"
}
: >"$W/ours.log"
: >"$W/linux.log"
: >"$W/alt.log"
qemu "$W/ours.log" uktap0 "" -device isa-debug-exit,iobase=0xf4,iosize=0x04 \
	-kernel "$W/sockprog.kvm" -append "netdev.ip=10.79.0.2/24 bench 7000" &
OURS=$!
qemu "$W/linux.log" uktap1 "" -kernel "$CACHE/vmlinuz" -initrd "$W/linux.cpio" \
	-append "console=ttyS0 quiet panic=-1 uknet=10.79.1.2" &
LINUX=$!
ALTPID=
if [ "${ALT:-0}" = 1 ]; then
	qemu "$W/alt.log" uktap2 "${ALT_NIC:-}" \
		-device isa-debug-exit,iobase=0xf4,iosize=0x04 \
		-kernel "$W/sockprog.alt.kvm" -append "netdev.ip=10.79.2.2/24 bench 7000" &
	ALTPID=$!
fi
for n in $SYSTEMS; do
	i=0
	while ! grep -q "bench: listening" "$W/$n.log" && [ $i -lt 1200 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ $i -lt 1200 ] || echo "$n failed to start"
done
sleep 1
# CPU time of a QEMU process, all its threads (guest and device model),
# in clock ticks: what a run cost, whatever else the host was doing.
ticks() {
	awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0
}
# measure PID SYSTEM netbench-args...: "SYSTEM " netbench's line, and the
# clock ticks the QEMU process used during it.
measure() {
	pid=$1 n=$2
	shift 2
	t0=$(ticks "$pid")
	line=$("$W/netbench" "$@")
	echo "$n $line $(($(ticks "$pid") - t0))"
}
r=0
while [ $r -lt "$ROUNDS" ]; do
	for n in $SYSTEMS; do
		case $n in
		ours) ip=10.79.0.2 pid=$OURS ;;
		linux) ip=10.79.1.2 pid=$LINUX ;;
		alt) ip=10.79.2.2 pid=$ALTPID ;;
		esac
		[ "${ONLY:-}" = rr ] || measure $pid $n stream $ip 7000 "$SECS"
		measure $pid $n rr $ip 7000 1 "$SECS"
		measure $pid $n rr $ip 7000 1024 "$SECS"
	done
	r=$((r + 1))
done
"$W/netbench" quit 10.79.0.2 7000
"$W/netbench" quit 10.79.1.2 7000
[ -z "$ALTPID" ] || "$W/netbench" quit 10.79.2.2 7000
i=0
while { kill -0 $OURS || kill -0 $LINUX || { [ -n "$ALTPID" ] && kill -0 $ALTPID; }; } 2>/dev/null && [ $i -lt 300 ]; do
	sleep 0.1
	i=$((i + 1))
done
kill $OURS $LINUX $ALTPID 2>/dev/null
wait
exit 0
