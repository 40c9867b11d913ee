#!/bin/sh
# make bench: web throughput (issue 15), side by side in one run:
#   ours    nginx 1.22.1 (apps/nginx: Debian's source, compiled by the host's
#           cc, linked unpatched by uklink --plat kvm), and apps/httpd;
#   linux   the same nginx objects linked natively against glibc
#           (mk/appbuild.sh's nginx.native) inside a Linux VM: Debian's
#           kernel and an initramfs from Debian packages (bench/linuxvm.sh,
#           the VM bench/net.sh compares with);
#   native  nginx.native on the host's loopback, for reference.
# Every guest runs in the same QEMU: machine pc, one vCPU, HTTP_BENCH_MB
# (256) of memory, virtio-net-pci on the tap uktap0 with vhost off, in a
# network namespace this script creates (unshare -n). Both nginx run the
# same nginx.conf (apps/nginx: one process, 512 connections) and serve
# nginx's own index.html from an initrd. wrk (Debian's package) loads
# each for HTTP_BENCH_SECONDS (10) with HTTP_BENCH_CONNS (30) connections
# on one thread; printed: req/s, p50/p99 latency, the ratio ours/linux
# (issue 15's bar: >= 3x), the stripped image sizes, QEMU launch -> first
# 200 answer against launch -> "Hello world!" of helloworld in the same
# QEMU line (HTTP_BENCH_LAUNCHES (9) rounds of helloworld, nginx and
# httpd booted in turn with nothing else running: the difference is
# taken per round, against the helloworld boot just before, since
# QEMU's own start varies by tens of ms from boot to boot), and the
# smallest guest memory (-m, MiB) nginx serves with.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
UKLINK=$ROOT/uklink/build/uklink
W=$ROOT/build/bench/http
SECS=${HTTP_BENCH_SECONDS:-10}
CONNS=${HTTP_BENCH_CONNS:-30}
LAUNCHES=${HTTP_BENCH_LAUNCHES:-9}
MEM=${HTTP_BENCH_MB:-256}
ACCEL=${UK_QEMU_ACCEL:-tcg}
CACHE=${UK_XEN_CACHE:-$ROOT/build/xen-cache}
GUEST=10.79.0.2 MAC=52:54:00:12:34:56
# `bench/http.sh soak` (make soak): nginx on kvm alone, HTTP_SOAK_MINUTES
# (10) of one-minute wrk runs back to back on one boot: req/s of each
# minute, the last against the first, failed requests.
MODE=${1:-bench}
SOAK_MIN=${HTTP_SOAK_MINUTES:-10}

. bench/linuxvm.sh
linuxvm_tap_ok web || exit 0
if ! command -v wrk >/dev/null; then
	echo "== web: skipped (needs wrk: mk/setup.sh installs Debian's package)"
	exit 0
fi
rm -rf "$W" && mkdir -p "$W"

# The programs: nginx's objects (built once by mk/appbuild.sh), httpd,
# helloworld, the probe.
sh mk/appbuild.sh nginx >/dev/null
A=$ROOT/build/apps/nginx
SRC=$ROOT/build/src/nginx
PAGE=$SRC/html/index.html
gcc -O2 -Wall -o "$W/httpfirst" bench/httpfirst.c
# The soak's nginx reports its heap high-water mark (ukallocbuddy's
# UKALLOCBUDDY_HWM_KIB: a line each time it grew by that much).
HWM=
[ "$MODE" != soak ] || HWM="-D UKALLOCBUDDY_HWM_KIB=${HTTP_SOAK_HWM_KIB:-64}"
# shellcheck disable=SC2046,SC2086
"$UKLINK" --plat kvm -D UKBOOT_ARGV0=nginx $HWM $(cat "$A/nginx.objs") -o "$W/nginx.kvm"
gcc -O2 -c apps/httpd/main.c -o "$W/httpd-main.o"
gcc -O2 -c apps/httpd/http.c -o "$W/httpd-http.o"
"$UKLINK" --plat kvm -D UKBOOT_ARGV0=httpd "$W/httpd-main.o" "$W/httpd-http.o" -o "$W/httpd.kvm"
cc -c apps/helloworld/main.c -o "$W/hello.o"
"$UKLINK" --plat kvm "$W/hello.o" -o "$W/hello.kvm"
for i in nginx httpd hello; do llvm-strip-19 -o "$W/$i.stripped" "$W/$i.kvm"; done

# The initrds: nginx's prefix (conf, mime.types, the page, logs) and
# httpd's /www. The Linux VM gets the same prefix, the native nginx, the
# libraries it loads and the one user it runs as.
P=usr/local/nginx
mkdir -p "$W/nginx-root/$P/conf" "$W/nginx-root/$P/html" "$W/nginx-root/$P/logs"
cp apps/nginx/nginx.conf "$SRC/conf/mime.types" "$W/nginx-root/$P/conf/"
cp "$PAGE" "$W/nginx-root/$P/html/"
mkdir -p "$W/httpd-root/www" && cp "$PAGE" "$W/httpd-root/www/"
sh tests/xen/prepare.sh >/dev/null 2>&1 || { echo "http.sh: tests/xen/prepare.sh failed" >&2; exit 1; }
for i in nginx httpd; do
	(cd "$W/$i-root" && find . | LC_ALL=C sort |
		"$CACHE/busybox" cpio -o -H newc -R 0:0 >"$W/$i.cpio" 2>/dev/null)
done
X=$W/linux-extra
mkdir -p "$X/etc" "$X/sbin"
cp -a "$W/nginx-root/usr" "$X/"
cp "$A/nginx.native" "$X/sbin/nginx"
for l in $(ldd "$A/nginx.native" | awk '/\// { print $(NF - 1) }'); do
	mkdir -p "$X$(dirname "$l")" && cp -L "$l" "$X$l"
done
echo "root:x:0:0:root:/root:/bin/sh" >"$X/etc/passwd"
echo "root:x:0:" >"$X/etc/group"
linuxvm_initramfs "$W/linux.cpio" "$GUEST/24" "$X" "/sbin/nginx -p /$P/"

# The native reference's prefix: the same files, port 8080 on loopback.
N=$W/native-prefix
cp -a "$W/nginx-root/$P" "$N"
sed -i 's/listen 80;/listen 127.0.0.1:8080;/' "$N/conf/nginx.conf"

# Inside the namespace: each system booted in turn, measured, stopped.
cat >"$W/inner.sh" <<EOF
set -u
ip link set lo up
ip tuntap add dev uktap0 mode tap
ip addr add 10.79.0.1/24 dev uktap0
ip link set uktap0 up
# The guest's MAC pinned: a probe before the guest is up loses a SYN, it
# does not wait for an ARP timeout.
ip neigh replace $GUEST lladdr $MAC dev uktap0 nud permanent
# Each guest's QEMU command line, one string for sh -c.
qemu() { # MEM: the line every guest shares
	echo "exec qemu-system-x86_64 -M pc -accel $ACCEL -cpu max -smp 1 -m \$1" \
	 "-nodefaults -no-user-config -nographic -monitor none -display none -no-reboot" \
	 "-netdev tap,id=n0,ifname=uktap0,script=no,downscript=no,vhost=off" \
	 "-device virtio-net-pci,netdev=n0,mac=$MAC,romfile="
}
ours() { # NAME MEM: the unikernel NAME.kvm with its initrd
	echo "\$(qemu \$2) -serial file:$W/\$1-\$2.log" \
	 "-device isa-debug-exit,iobase=0xf4,iosize=0x04" \
	 "-kernel $W/\$1.kvm -initrd $W/\$1.cpio -append 'netdev.ip=$GUEST/24 --'"
}
linux() {
	echo "\$(qemu $MEM) -serial file:$W/linux.log -kernel $LINUXVM_KERNEL" \
	 "-initrd $W/linux.cpio -append '$LINUXVM_APPEND'"
}
# up NAME CMDLINE: boots, prints "NAME first MS", leaves the pid in \$pid
# and the milliseconds in \$first (-1: no 200 answer within 120 s).
up() {
	set -- \$1 \$("$W/httpfirst" -i uktap0 $GUEST 80 120 sh -c "\$2")
	pid=\$2 first=\$3
	echo "\$1 first \$3"
}
down() {
	kill \$pid 2>/dev/null; wait \$pid 2>/dev/null
	i=0; while kill -0 \$pid 2>/dev/null && [ \$i -lt 100 ]; do sleep 0.1; i=\$((i + 1)); done
}
load() { # NAME URL [SECONDS]
	wrk -t1 -c$CONNS -d\${3:-$SECS}s --timeout 5s --latency "\$2" >"$W/\$1.wrk" 2>&1
	awk -v n="\$1" '
		/Requests\/sec:/ { print n, "rps", \$2 }
		\$1 == "50%" { print n, "p50", \$2 }
		\$1 == "99%" { print n, "p99", \$2 }
		/requests in/ { print n, "requests", \$1 }
		/Non-2xx|Socket errors/ { print n, "errors", \$0 }' "$W/\$1.wrk"
}
if [ $MODE = soak ]; then
	up nginx "\$(ours nginx $MEM)"
	m=1
	while [ \$m -le $SOAK_MIN ]; do
		load "minute-\$m" http://$GUEST/ 60
		echo "minute-\$m load \$(cut -d' ' -f1 /proc/loadavg)"
		echo "minute-\$m hwm \$(grep -a 'heap high-water' $W/nginx-$MEM.log |
			tail -n 1 | awk '{ print \$4 }')"
		m=\$((m + 1))
	done
	down
	exit 0
fi
# helloworld in the same QEMU line: launch -> "Hello world!"; printed as
# "NAME first MS" (NAME: hello, or \$1).
hello() {
	"$W/boottime" "Hello world!" sh -c "\$(qemu $MEM) -serial stdio \
	 -device isa-debug-exit,iobase=0xf4,iosize=0x04 -kernel $W/hello.kvm" |
		awk -v n="\${1:-hello}" '{ print n, "first", int(\$1 / 1000) }'
}
# Three rounds, the systems interleaved (the machine's load moves):
# each boot timed, then loaded; the median of the three is printed.
# helloworld boots just before nginx, for the pair's difference.
for i in 1 2 3; do
	hello
	for name in nginx linux httpd; do
		if [ \$name = linux ]; then up linux "\$(linux)"
		else up \$name "\$(ours \$name $MEM)"; fi
		load \$name http://$GUEST/
		down
	done
done
# Launch times, nothing loaded: $LAUNCHES rounds of helloworld, nginx
# and httpd booted in turn. A launch takes 60-150 ms on this kind of
# host, most of it QEMU's own start, and varies by tens of ms from boot
# to boot (the host's first touch of QEMU's memory): each server's
# launch -> first 200 is taken against the helloworld boot just before
# it, and the median of these differences is printed.
round=1	# (down counts with i)
while [ \$round -le $LAUNCHES ]; do
	hello launch-hello
	for name in nginx httpd; do
		up launch-\$name "\$(ours \$name $MEM)"
		down
	done
	round=\$((round + 1))
done
# The smallest memory nginx serves with: decreasing -m until it does not.
for m in 8 6 5 4 3 2; do
	up "mem-\$m" "\$(ours nginx \${m}M)"
	ok=0
	if [ "\$first" != -1 ] && wrk -t1 -c4 -d2s http://$GUEST/ >$W/mem-\$m.wrk 2>&1 &&
	    awk '/requests in/ { n = \$1 } /Non-2xx|Socket errors/ { bad = 1 }
		END { exit !(n > 0 && !bad) }' $W/mem-\$m.wrk; then ok=1; fi
	down
	echo "mem \$m \$ok"
	[ \$ok = 1 ] || break
done
"$A/nginx.native" -p "$N/" >"$W/native.log" 2>&1 &
npid=\$!
sleep 1
load native http://127.0.0.1:8080/
kill \$npid; wait \$npid 2>/dev/null
exit 0
EOF
gcc -O2 -Wall -o "$W/boottime" bench/boottime.c
export LINUXVM_KERNEL LINUXVM_APPEND
unshare -n sh "$W/inner.sh" >"$W/results.txt" 2>"$W/inner.err" || true

if [ "$MODE" = soak ]; then
	echo "== web soak: nginx (uklink kvm), $SOAK_MIN x wrk -t1 -c$CONNS -d60s on one boot ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg), QEMU $ACCEL -M pc, 1 vCPU, $MEM MiB) =="
	awk '
		$2 == "first" { print "launch -> first 200: " $3 " ms" }
		$2 == "rps" { n++; r[n] = $3 }
		$2 == "requests" { total += $3 }
		$2 == "hwm" { h++; hw[h] = $3 }
		$2 == "load" { la[n] = $3 }
		$2 == "errors" { print "-- " $0; bad = 1 }
		END {
			for (i = 1; i <= n; i++)
				printf "minute %d: %s req/s (load average %s)\n", i, r[i], la[i]
			printf "requests: %d, %s\n", total, bad ? "some failed (above)" : "none failed"
			if (n > 0 && r[1] > 0)
				printf "last minute / first: %.3f (bar: within 10%%)\n", r[n] / r[1]
			if (h > 0)
				printf "heap high-water after minute 1: %s KiB, after minute %d: %s KiB\n", hw[1], h, hw[h]
		}' "$W/results.txt"
	exit 0
fi
echo "== web, wrk -t1 -c$CONNS -d${SECS}s over a tap, vhost off ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg), QEMU $ACCEL -M pc, 1 vCPU, $MEM MiB, virtio-net-pci; page $(stat -c %s "$PAGE") bytes) =="
awk -v sn="$(stat -c %s "$W/nginx.stripped")" -v sh="$(stat -c %s "$W/httpd.stripped")" \
    -v sw="$(stat -c %s "$W/hello.stripped")" '
	$2 == "first" && $1 !~ /^launch-/ { f[$1] = f[$1] " " $3; if ($3 >= 0) { k = $1 SUBSEP "first"; c[k]++; all[k, c[k]] = $3 } }
	# the launch rounds: each server against the helloworld boot just
	# before it
	$1 == "launch-hello" && $2 == "first" { h = $3 }
	$1 ~ /^launch-(nginx|httpd)$/ && $2 == "first" && $3 >= 0 && h >= 0 {
		n = substr($1, 8); k = "pair-" n SUBSEP "first"; c[k]++; all[k, c[k]] = $3 - h; d[n] = d[n] " " ($3 - h)
	}
	# three rounds: the median (the second of three, sorted); the
	# latencies wrk prints carry a unit (us, ms, s): milliseconds here
	$2 == "rps" || $2 == "p50" || $2 == "p99" {
		x = $3
		if ($2 != "rps") x = x ~ /us$/ ? x / 1000 : x ~ /ms$/ ? x + 0 : x * 1000
		k = $1 SUBSEP $2; c[k]++; all[k, c[k]] = x
	}
	$2 == "errors" { print "-- " $0 }
	$1 == "mem" { if ($3 == 1) mem = $2; else memfail = $2 }
	END {
		for (k in c) {
			# sort the (up to three) values, take the middle one
			m = c[k]
			for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++)
				if (all[k, j] < all[k, i]) { t = all[k, i]; all[k, i] = all[k, j]; all[k, j] = t }
			v[k] = sprintf(k ~ /(rps|first)$/ ? "%.0f" : "%.2fms", all[k, int((m + 1) / 2)])
			lo[k] = all[k, 1]; hi[k] = all[k, m]
		}
		printf "%-22s %10s %10s %10s %10s %s\n", "(median of 3 runs)", "req/s", "p50", "p99", "image", "launch -> first 200 (ms, 3 boots)"
		split("nginx httpd linux native", s, " ")
		split("nginx (uklink kvm)|httpd (uklink kvm)|nginx (Linux VM)|nginx (host loopback)", l, "|")
		img["nginx"] = sn; img["httpd"] = sh
		for (i = 1; i <= 4; i++)
			printf "%-22s %10s %10s %10s %10s%s\n", l[i], v[s[i], "rps"] == "" ? "-" : v[s[i], "rps"],
				v[s[i], "p50"] == "" ? "-" : v[s[i], "p50"], v[s[i], "p99"] == "" ? "-" : v[s[i], "p99"],
				img[s[i]] == "" ? "-" : img[s[i]], f[s[i]]
		printf "%-22s %10s %10s %10s %10s%s\n", "helloworld (kvm)", "-", "-", "-", sw, f["hello"]
		if (v["linux", "rps"] > 0)
			printf "req/s ratio nginx uklink / Linux VM: %.2fx (bar: >= 3x); runs: uklink %.0f-%.0f, Linux VM %.0f-%.0f\n",
				v["nginx", "rps"] / v["linux", "rps"], lo["nginx", "rps"], hi["nginx", "rps"],
				lo["linux", "rps"], hi["linux", "rps"]
		printf "launch -> first 200 minus helloworld launch -> output, %d rounds, nothing loaded (median; each round):\n", c["pair-nginx", "first"]
		printf "  nginx: %s ms (bar: <= 20);%s\n", v["pair-nginx", "first"] != "" ? v["pair-nginx", "first"] : "-", d["nginx"]
		printf "  httpd: %s ms;%s\n", v["pair-httpd", "first"] != "" ? v["pair-httpd", "first"] : "-", d["httpd"]
		printf "smallest memory nginx serves with: %s MiB%s (bar: <= 4)\n", mem == "" ? "-" : mem,
			memfail == "" ? "" : " (" memfail " MiB does not)"
	}' "$W/results.txt"
