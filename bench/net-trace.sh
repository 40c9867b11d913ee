#!/bin/sh
# What one request/response round trip costs in device work, counted in
# QEMU's trace (its "log" backend, Debian's build): for each system of
# bench/net.sh (run it first: this reuses its images in build/bench/net),
# alone in its QEMU on a tap in a private network namespace, 1-byte
# round trips from bench/netbench.c for NET_TRACE_SECONDS (3), then the
# trace events per round trip: queue notifications (kicks), interrupts
# delivered, local APIC writes (EOI 0xb0, timer 0x380, ...), reads of
# the virtio ISR register (INTx only), other device register accesses.
#   sh bench/net-trace.sh [ours|intx|linux]...   (default: all three)
# intx is ours with its NIC's MSI-X off (vectors=0).
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
W=$ROOT/build/bench/net
CACHE=${UK_XEN_CACHE:-$ROOT/build/xen-cache}
SECS=${NET_TRACE_SECONDS:-3}
[ -x "$W/netbench" ] && [ -f "$W/sockprog.kvm" ] && [ -f "$W/linux.cpio" ] ||
	{ echo "net-trace: run bench/net.sh first (build/bench/net)" >&2; exit 1; }
. bench/linuxvm.sh
linuxvm_tap_ok "network trace" || exit 0
T=$W/trace
mkdir -p "$T"
printf '%s\n' memory_region_ops_read memory_region_ops_write \
	virtio_queue_notify virtio_notify apic_deliver_irq >"$T/events"

# Inside the namespace: boot SYSTEM, trace the round trips only.
inner() {
	s=$1
	ip link set lo up
	ip tuntap add dev uktap0 mode tap
	ip addr add 10.79.0.1/24 dev uktap0
	ip link set uktap0 up
	: >"$T/$s.log"
	nic=
	case $s in
	linux) set -- -kernel "$CACHE/vmlinuz" -initrd "$W/linux.cpio" \
		-append "console=ttyS0 quiet panic=-1 uknet=10.79.0.2" ;;
	*) [ "$s" = intx ] && nic=,vectors=0
	   set -- -device isa-debug-exit,iobase=0xf4,iosize=0x04 \
		-kernel "$W/sockprog.kvm" -append "netdev.ip=10.79.0.2/24 bench 7000" ;;
	esac
	qemu-system-x86_64 -M pc -accel tcg -cpu max -smp 1 -m 256 \
		-nodefaults -no-user-config -nographic -monitor none \
		-display none -no-reboot -serial "file:$T/$s.log" \
		-netdev tap,id=n0,ifname=uktap0,script=no,downscript=no,vhost=off \
		-device "virtio-net-pci,netdev=n0,romfile=$nic" "$@" \
		-trace "events=$T/events,file=$T/$s.trace" &
	q=$!
	i=0
	while ! grep -q "bench: listening" "$T/$s.log" && [ $i -lt 1200 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	sleep 1
	from=$(wc -l <"$T/$s.trace")
	"$W/netbench" rr 10.79.0.2 7000 1 "$SECS" >"$T/$s.rate"
	to=$(wc -l <"$T/$s.trace")
	sed -n "$((from + 1)),${to}p" "$T/$s.trace" >"$T/$s.rr"
	"$W/netbench" quit 10.79.0.2 7000 || true
	sleep 1
	kill $q 2>/dev/null || true
	wait
}
if [ "${1:-}" = --inner ]; then
	inner "$2"
	exit 0
fi

echo "== device work per 1-byte round trip (QEMU tcg -M pc, virtio-net-pci on a tap, vhost off; $(date -u +%Y-%m-%d\ %H:%M) UTC, load $(cut -d' ' -f1 /proc/loadavg)) =="
for s in ${*:-ours intx linux}; do
	T=$T W=$W CACHE=$CACHE SECS=$SECS timeout 120 unshare -n sh "$0" --inner "$s"
	awk -v sys="$s" -v secs="$SECS" -v rate="$(cut -d' ' -f3 "$T/$s.rate")" '
		$1 == "virtio_queue_notify" { c["kicks"]++ }
		$1 == "virtio_notify" { c["device notifies"]++ }
		$1 == "apic_deliver_irq" { c["interrupts"]++ }
		$1 ~ /memory_region_ops/ {
			if ($NF ~ /apic/ && $7 != "0xfee00000" && $7 !~ /^0xfee01/)
				c["LAPIC " ($1 ~ /write/ ? "write " : "read ") $7]++
			else if ($NF ~ /isr/) c["ISR reads"]++
			else if ($NF !~ /apic-msi/) c["other register " $NF]++
		}
		END {
			n = rate * secs
			printf "%s: %d round trips (%.0f/s)\n", sys, n, rate
			for (k in c) printf "  %6.2f  %s\n", c[k] / n, k
		}' "$T/$s.rr"
done
