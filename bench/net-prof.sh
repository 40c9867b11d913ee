#!/bin/sh
# Where a request/response round trip of ours goes, guest side: for a kvm
# image of `sockprog bench` (default: bench/net.sh's, build/bench/net;
# run that first), alone in its QEMU (tcg, -M pc, virtio-net-pci on a tap,
# vhost off) in a private network namespace, NET_PROF_SECONDS (2) of
# round trips of SIZE bytes (1) from bench/netbench.c, then
#   phases  the three legs of a trip from QEMU's timestamped trace:
#           interrupt delivered -> the guest's EOI (the vCPU thread woken,
#           the trap), EOI -> queue notification (the guest's work up to
#           the reply's kick), notification -> next interrupt (QEMU's
#           transmit, the host's stack and netbench, QEMU's receive);
#           p10 / median / p90 in microseconds (the p10s move least with
#           the host's load);
#   insns   guest instructions per round trip and the functions that run
#           them (QEMU -d exec,nochain,in_asm: every translated block
#           executed, with the image's symbols; slow, counts only).
#   sh bench/net-prof.sh phases|insns [IMAGE [SIZE]]
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
W=$ROOT/build/bench/net
INNER=
[ "${1:-}" = --inner ] && INNER=1 && shift
MODE=${1:-phases}
IMG=${2:-$W/sockprog.kvm}
SIZE=${3:-1}
SECS=${NET_PROF_SECONDS:-2}
T=$W/prof
case $MODE in phases|insns) ;; *) echo "usage: sh bench/net-prof.sh phases|insns [IMAGE [SIZE]]" >&2; exit 2 ;; esac
if [ -z "$INNER" ]; then
	[ -x "$W/netbench" ] && [ -f "$IMG" ] ||
		{ echo "net-prof: run bench/net.sh first (build/bench/net)" >&2; exit 1; }
	. bench/linuxvm.sh
	linuxvm_tap_ok "network profile" || exit 0
	mkdir -p "$T"
fi

# Inside the namespace: boot, warm up, mark the log, measure, mark.
inner() {
	ip link set lo up
	ip tuntap add dev uktap0 mode tap
	ip addr add 10.79.0.1/24 dev uktap0
	ip link set uktap0 up
	rm -f "$T/log" "$T/con"
	case $MODE in
	phases) printf '%s\n' apic_deliver_irq memory_region_ops_write \
			virtio_queue_notify >"$T/events"
		set -- -msg timestamp=on -trace "events=$T/events,file=$T/log" ;;
	*)	set -- -d exec,nochain,in_asm -D "$T/log" ;;
	esac
	qemu-system-x86_64 -M pc -accel tcg -cpu max -smp 1 -m 256 \
		-nodefaults -no-user-config -nographic -monitor none \
		-display none -no-reboot -serial "file:$T/con" \
		-netdev tap,id=n0,ifname=uktap0,script=no,downscript=no,vhost=off \
		-device virtio-net-pci,netdev=n0,romfile= \
		-device isa-debug-exit,iobase=0xf4,iosize=0x04 \
		-kernel "$IMG" -append "netdev.ip=10.79.0.2/24 bench 7000" "$@" &
	q=$!
	i=0
	while ! grep -q "bench: listening" "$T/con" 2>/dev/null && [ $i -lt 1200 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	"$W/netbench" rr 10.79.0.2 7000 "$SIZE" 1 >/dev/null
	wc -c <"$T/log" >"$T/from"
	"$W/netbench" rr 10.79.0.2 7000 "$SIZE" "$SECS" >"$T/rate"
	wc -c <"$T/log" >"$T/to"
	"$W/netbench" quit 10.79.0.2 7000 || true
	sleep 0.5
	kill $q 2>/dev/null || true
	wait
}
if [ -n "$INNER" ]; then
	inner
	exit 0
fi

NET_PROF_SECONDS=$SECS timeout 300 unshare -n sh "$0" --inner "$MODE" "$IMG" "$SIZE"
echo "== $MODE of a $SIZE-byte round trip, $IMG ($(date -u +%Y-%m-%d\ %H:%M) UTC, load $(cut -d' ' -f1 /proc/loadavg)) =="
MODE=$MODE T=$T SECS=$SECS python3 - <<'EOF'
import collections, os
T, mode, secs = os.environ["T"], os.environ["MODE"], float(os.environ["SECS"])
frm, to = int(open(T + "/from").read()), int(open(T + "/to").read())
rate = float(open(T + "/rate").read().split()[2])
trips = rate * secs
print("%d round trips (%.0f/s under the tracing)" % (trips, rate))


def window():
    with open(T + "/log", "rb") as f:
        pos = 0
        for line in f:
            pos += len(line)
            yield frm <= pos <= to, line


if mode == "phases":
    legs = collections.defaultdict(list)
    names = {b"apic_deliver_irq": "irq", b"virtio_queue_notify": "kick"}
    prev = None
    for inside, line in window():
        if not inside or b"@" not in line:
            continue
        stamp, rest = line.split(b"@", 1)[1].split(b":", 1)
        ev = names.get(rest.split()[0])
        if rest.startswith(b"memory_region_ops_write") and b"addr 0xfee000b0" in rest:
            ev = "eoi"
        if not ev:
            continue
        t = float(stamp)
        if prev:
            legs[prev[1] + " -> " + ev].append((t - prev[0]) * 1e6)
        prev = (t, ev)
    for k in ("irq -> eoi", "eoi -> kick", "kick -> irq"):
        x = sorted(legs.get(k, [0]))
        print("  %-12s n=%6d  p10 %5.0f  median %5.0f  p90 %6.0f us" %
              (k, len(x), x[len(x) // 10], x[len(x) // 2], x[9 * len(x) // 10]))
else:
    size, first, execs, fn = {}, None, collections.Counter(), {}
    for inside, line in window():
        if line.startswith(b"Trace"):
            first = None
            if inside:
                pc, name = line.split(b"[")[1].split(b"]")
                pc = int(pc.split(b"/")[1], 16)
                execs[pc] += 1
                fn[pc] = name.strip().decode()
        elif line.startswith(b"IN:"):
            first = None
        elif line.startswith(b"0x") and b":" in line[:12]:
            if first is None:
                first = int(line[:10], 16)
                size[first] = 0
            size[first] += 1
    per = collections.Counter()
    for pc, n in execs.items():
        per[fn[pc]] += n * size.get(pc, 1)
    print("guest instructions per round trip: %.0f" % (sum(per.values()) / trips))
    for name, n in per.most_common(30):
        print("  %7.1f  %s" % (n / trips, name))
EOF
rm -f "$T/log"
