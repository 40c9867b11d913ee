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
# NET_BENCH_MB of memory (256), virtio-net-pci on a tap with vhost off, in
# a network namespace this script creates (unshare -n; nothing touches the
# host's), both booted at once and measured in alternation
# (bench/net-vms.sh). bench/netbench.c measures from the host side: TCP
# stream throughput into the guest and request/response round trips of
# 1 byte and 1 KiB, NET_BENCH_SECONDS (2) each, NET_BENCH_ROUNDS (5) times;
# the medians and their ratios (ours / linux) are printed, then what each
# MB or round trip cost the host in CPU time of the system's QEMU process
# (ratios linux / ours). A third system, "alt", measures one lever against
# ours in the same run: ours linked again with the uklink options
# NET_BENCH_ALT_LINK (e.g. "-D KVM_HALT_POLL_US=0"), its NIC's options
# extended by NET_BENCH_ALT_NIC (e.g. ",vectors=0": no MSI-X, INTx);
# or NET_BENCH_ALT_IMAGE, a kvm image of sockprog linked beforehand (e.g.
# against another commit's pool: before and after in one run); any one
# set adds it. NET_BENCH_ONLY=rr skips the stream.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
UKLINK=$ROOT/uklink/build/uklink
W=$ROOT/build/bench/net
SECS=${NET_BENCH_SECONDS:-2}
ROUNDS=${NET_BENCH_ROUNDS:-5}
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
ALT=0
if [ -n "${NET_BENCH_ALT_IMAGE:-}" ]; then
	ALT=1
	cp "$NET_BENCH_ALT_IMAGE" "$W/sockprog.alt.kvm"
elif [ -n "${NET_BENCH_ALT_LINK:-}${NET_BENCH_ALT_NIC:-}" ]; then
	ALT=1
	# shellcheck disable=SC2086 # options, split on purpose
	"$UKLINK" --plat kvm ${NET_BENCH_ALT_LINK:-} "$W/sockprog.o" \
		-o "$W/sockprog.alt.kvm"
fi

# The Linux VM's initramfs: busybox, the virtio modules, our program.
KDEB=$(ls "$CACHE"/debs/linux-image-6.1.0-*-amd64*.deb | sort -V | tail -n1)
BB=$CACHE/busybox
R=$W/root
rm -rf "$R" && mkdir -p "$R/bin" "$R/proc" "$R/sys" "$R/dev"
dpkg-deb --fsys-tarfile "$KDEB" | tar -x -C "$R" --wildcards \
	'./lib/modules/*/kernel/drivers/virtio/*' \
	'./lib/modules/*/kernel/drivers/net/virtio_net.ko' \
	'./lib/modules/*/kernel/drivers/net/net_failover.ko' \
	'./lib/modules/*/kernel/net/core/failover.ko' \
	'./lib/modules/*/modules.builtin*' './lib/modules/*/modules.order'
KVER=$(ls "$R/lib/modules")
"$BB" depmod -b "$R" "$KVER"
cp "$BB" "$R/bin/busybox"
for a in sh mount modprobe ip poweroff sleep cat; do ln -s busybox "$R/bin/$a"; done
cp "$W/sockprog.static" "$R/sockprog"
cat >"$R/init" <<'EOF'
#!/bin/sh
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
modprobe virtio_pci
modprobe virtio_net
for i in 1 2 3 4 5 6 7 8 9 10; do [ -e /sys/class/net/eth0 ] && break; sleep 0.2; done
ip link set lo up
ip link set eth0 up
ip addr add $(sed -n 's/.*uknet=\([0-9.]*\).*/\1/p' /proc/cmdline)/24 dev eth0
/sockprog bench 7000
poweroff -f
EOF
chmod 755 "$R/init"
(cd "$R" && find . | LC_ALL=C sort | "$BB" cpio -o -H newc -R 0:0 >"$W/linux.cpio" 2>/dev/null)

# Both systems at once, measured in alternation (bench/net-vms.sh).
W=$W CACHE=$CACHE ACCEL=$ACCEL MEM=$MEM SECS=$SECS ROUNDS=$ROUNDS \
	ALT=$ALT ALT_NIC=${NET_BENCH_ALT_NIC:-} ONLY=${NET_BENCH_ONLY:-} sh bench/net-vms.sh >"$W/results.txt" 2>"$W/inner.err" || true

echo "== network, host <-> guest over a tap, vhost off ($(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), QEMU $ACCEL -M pc, 1 vCPU, $MEM MiB, virtio-net-pci; medians of $ROUNDS alternating ${SECS} s runs) =="
if [ -n "${NET_BENCH_ALT_IMAGE:-}" ]; then
	echo "alt: the image $NET_BENCH_ALT_IMAGE, NIC options '${NET_BENCH_ALT_NIC:-}'"
elif [ "$ALT" = 1 ]; then
	echo "alt: ours linked with '${NET_BENCH_ALT_LINK:-}', NIC options '${NET_BENCH_ALT_NIC:-}'"
fi
# Rates, then what each cost the host: CPU time of the system's QEMU
# process (guest and device model) per MB or per round trip, which the
# host's other load moves much less than the rates.
awk -v secs="$SECS" '
	function median(key,    n, i, j, t, a) {
		n = split(vals[key], a, " ")
		for (i = 2; i <= n; i++)
			for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) {
				t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
			}
		return n ? a[int((n + 1) / 2)] : ""
	}
	function ratio(a, b, rate) {
		if (a == "" || b == "" || a <= 0 || b <= 0)
			return "-"
		return sprintf("%.2fx", rate ? a / b : b / a)
	}
	function add(sys, key, rate, ticks, unit) {
		vals[sys, key] = vals[sys, key] " " rate
		# ticks are 10 ms; rate * secs operations in the run
		if (rate > 0)
			vals[sys, "cpu " key] = vals[sys, "cpu " key] " " \
				sprintf("%.1f", ticks * 10000 / (rate * secs) / unit)
	}
	$2 == "stream" { add($1, "stream", $3, $4, 1000) }
	$2 == "rr" { add($1, "rr " ($3 == 1 ? "1 B" : "1 KiB"), $4, $5, 1) }
	$2 == "failed" { print "-- " $0 }
	END {
		for (key in vals) v[key] = median(key)
		n = split("stream|rr 1 B|rr 1 KiB|cpu stream|cpu rr 1 B|cpu rr 1 KiB", m, "|")
		split("stream (MB/s)|rr 1 B (round trips/s)|rr 1 KiB (round trips/s)|CPU per MB (ms)|CPU per 1 B trip (us)|CPU per 1 KiB trip (us)", name, "|")
		x = ("alt", "rr 1 B") in v	# the third system ran
		if (x)
			printf "%-26s %12s %12s %12s %8s %8s\n", "metric", "ours",
				"alt", "linux", "ratio", "alt"
		else
			printf "%-26s %12s %12s %8s\n", "metric", "ours", "linux",
				"ratio"
		for (i = 1; i <= n; i++) {
			o = v["ours", m[i]]; l = v["linux", m[i]]
			t = v["alt", m[i]]
			if (o == "" && l == "" && t == "")
				continue	# not measured (NET_BENCH_ONLY)
			# a cost ratio is linux / ours: > 1 means ours is cheaper
			r = ratio(o, l, i <= 3)
			if (x)
				printf "%-26s %12s %12s %12s %8s %8s\n", name[i],
					o == "" ? "-" : o, t == "" ? "-" : t,
					l == "" ? "-" : l, r, ratio(t, l, i <= 3)
			else
				printf "%-26s %12s %12s %8s\n", name[i],
					o == "" ? "-" : o, l == "" ? "-" : l, r
		}
	}' "$W/results.txt"
