#!/bin/sh
# make bench: the network stack, host <-> guest on a tap (vhost off), side
# by side in one run:
#   ours   tests/net/sockprog.c compiled by `gcc -c`, linked by uklink for
#          kvm (lwIP, uknetdev, virtio-net);
#   linux  the same program compiled natively (gcc -static) inside a Linux
#          VM: Debian's kernel (the one tests/xen/prepare.sh caches) and an
#          initramfs assembled here from Debian packages (busybox-static,
#          the virtio_net module and its dependencies).
# Both run `sockprog bench 7000` in the same QEMU: machine pc, one vCPU,
# NET_BENCH_MB of memory (256), virtio-net-pci on tap uktap0 with vhost
# off, in a network namespace this script creates (unshare -n; nothing
# touches the host's). bench/netbench.c measures from the host side: TCP
# stream throughput into the guest and request/response round trips of
# 1 byte and 1 KiB, NET_BENCH_SECONDS (5) each, and the ratios are
# printed (ours / linux).
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
UKLINK=$ROOT/uklink/build/uklink
W=$ROOT/build/bench/net
SECS=${NET_BENCH_SECONDS:-5}
MEM=${NET_BENCH_MB:-256}
ACCEL=${UK_QEMU_ACCEL:-tcg}
CACHE=${UK_XEN_CACHE:-$ROOT/build/xen-cache}

. bench/linuxvm.sh
linuxvm_tap_ok network || exit 0
mkdir -p "$W"

# The program, three ways, and the host client.
gcc -O2 -Wall -o "$W/netbench" bench/netbench.c
gcc -O2 -c tests/net/sockprog.c -o "$W/sockprog.o"
"$UKLINK" --plat kvm "$W/sockprog.o" -o "$W/sockprog.kvm"
gcc -O2 -static -o "$W/sockprog.static" tests/net/sockprog.c

# The Linux VM (bench/linuxvm.sh): Debian's kernel, busybox, the virtio
# modules, our program.
mkdir -p "$W/extra"
cp "$W/sockprog.static" "$W/extra/sockprog"
linuxvm_initramfs "$W/linux.cpio" 10.79.0.2/24 "$W/extra" "/sockprog bench 7000"

# Inside the namespace: each system booted in turn, measured, stopped.
cat >"$W/inner.sh" <<EOF
set -u
ip link set lo up
ip tuntap add dev uktap0 mode tap
ip addr add 10.79.0.1/24 dev uktap0
ip link set uktap0 up
QEMU="qemu-system-x86_64 -M pc -accel $ACCEL -cpu max -smp 1 -m $MEM \
 -nodefaults -no-user-config -nographic -monitor none -display none -no-reboot \
 -netdev tap,id=n0,ifname=uktap0,script=no,downscript=no,vhost=off \
 -device virtio-net-pci,netdev=n0,romfile="
measure() {
	name=\$1; shift
	: >"$W/\$name.log"
	\$QEMU -serial file:"$W/\$name.log" "\$@" &
	pid=\$!
	i=0
	while ! grep -q "bench: listening" "$W/\$name.log" && [ \$i -lt 1200 ]; do
		sleep 0.1; i=\$((i + 1))
	done
	if [ \$i -ge 1200 ]; then
		echo "\$name failed to start"; kill \$pid; return
	fi
	sleep 1
	"$W/netbench" stream 10.79.0.2 7000 $SECS | sed "s/^/\$name /"
	"$W/netbench" rr 10.79.0.2 7000 1 $SECS | sed "s/^/\$name /"
	"$W/netbench" rr 10.79.0.2 7000 1024 $SECS | sed "s/^/\$name /"
	"$W/netbench" quit 10.79.0.2 7000
	i=0
	while kill -0 \$pid 2>/dev/null && [ \$i -lt 300 ]; do sleep 0.1; i=\$((i + 1)); done
	kill \$pid 2>/dev/null
	wait \$pid 2>/dev/null
}
measure ours -device isa-debug-exit,iobase=0xf4,iosize=0x04 \
	-kernel "$W/sockprog.kvm" -append "netdev.ip=10.79.0.2/24 bench 7000"
measure linux -kernel "$LINUXVM_KERNEL" -initrd "$W/linux.cpio" \
	-append "$LINUXVM_APPEND"
exit 0
EOF
unshare -n sh "$W/inner.sh" >"$W/results.txt" 2>"$W/inner.err" || true

echo "== network, host <-> guest over a tap, vhost off ($(date -u +%Y-%m-%d), $(nproc) cores, QEMU $ACCEL -M pc, 1 vCPU, $MEM MiB, virtio-net-pci; ${SECS} s each) =="
awk '
	$2 == "stream" { v[$1, "stream (MB/s)"] = $3 }
	$2 == "rr" { v[$1, "rr " ($3 == 1 ? "1 B" : "1 KiB") " (round trips/s)"] = $4 }
	$2 == "failed" { print "-- " $0 }
	END {
		n = split("stream (MB/s)|rr 1 B (round trips/s)|rr 1 KiB (round trips/s)", m, "|")
		printf "%-26s %12s %12s %8s\n", "metric", "ours", "linux", "ratio"
		for (i = 1; i <= n; i++) {
			o = v["ours", m[i]]; l = v["linux", m[i]]
			printf "%-26s %12s %12s %8s\n", m[i], o == "" ? "-" : o,
				l == "" ? "-" : l,
				(o != "" && l > 0) ? sprintf("%.2fx", o / l) : "-"
		}
	}' "$W/results.txt"
