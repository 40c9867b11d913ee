# The Linux VM the benchmarks compare with (sourced by bench/net.sh and
# bench/http.sh: one recipe, so both compare against the same VM).
#
# Debian's kernel (the one tests/xen/prepare.sh caches) and an initramfs
# assembled here from Debian packages: busybox-static and the virtio_net
# module with its dependencies, plus the benchmark's own files. Its init
# brings up eth0 with the guest's address, runs the benchmark's command
# and powers off.
#
#   linuxvm_initramfs OUT.cpio IP/PREFIX EXTRA_DIR 'COMMAND'
#       EXTRA_DIR's tree is copied into the initramfs' root; COMMAND is a
#       shell command line run by init once eth0 is up.
#   LINUXVM_KERNEL   the kernel to boot with it (after linuxvm_initramfs)
#   LINUXVM_APPEND   its command line
#
#   linuxvm_tap_ok WHAT
#       true when guests can run on a tap in a private network namespace
#       (root, unshare, /dev/net/tun); else says "== WHAT: skipped".
#
# Needs ROOT (the repository) and CACHE (prepare.sh's cache) set.

linuxvm_tap_ok() {
	[ "$(id -u)" = 0 ] && command -v unshare >/dev/null && [ -e /dev/net/tun ] && return 0
	echo "== $1: skipped (needs root, unshare and /dev/net/tun for a tap in a private namespace)"
	return 1
}

linuxvm_initramfs() {
	_out=$1 _ip=$2 _extra=$3 _cmd=$4
	sh "$ROOT/tests/xen/prepare.sh" >/dev/null 2>&1 ||
		{ echo "linuxvm: tests/xen/prepare.sh failed (Debian's kernel)" >&2; return 1; }
	_kdeb=$(ls "$CACHE"/debs/linux-image-6.1.0-*-amd64*.deb | sort -V | tail -n1)
	_bb=$CACHE/busybox
	_r=$_out.root
	rm -rf "$_r" && mkdir -p "$_r/bin" "$_r/proc" "$_r/sys" "$_r/dev" "$_r/tmp"
	dpkg-deb --fsys-tarfile "$_kdeb" | tar -x -C "$_r" --wildcards \
		'./lib/modules/*/kernel/drivers/virtio/*' \
		'./lib/modules/*/kernel/drivers/net/virtio_net.ko' \
		'./lib/modules/*/kernel/drivers/net/net_failover.ko' \
		'./lib/modules/*/kernel/net/core/failover.ko' \
		'./lib/modules/*/modules.builtin*' './lib/modules/*/modules.order'
	"$_bb" depmod -b "$_r" "$(ls "$_r/lib/modules")"
	cp "$_bb" "$_r/bin/busybox"
	for a in sh mount modprobe ip poweroff sleep cat; do ln -s busybox "$_r/bin/$a"; done
	[ -z "$_extra" ] || cp -a "$_extra/." "$_r/"
	cat >"$_r/init" <<EOF
#!/bin/sh
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
modprobe virtio_pci
modprobe virtio_net
for i in 1 2 3 4 5 6 7 8 9 10; do [ -e /sys/class/net/eth0 ] && break; sleep 0.2; done
ip link set lo up
ip link set eth0 up
ip addr add $_ip dev eth0
$_cmd
poweroff -f
EOF
	chmod 755 "$_r/init"
	(cd "$_r" && find . | LC_ALL=C sort | "$_bb" cpio -o -H newc -R 0:0 >"$_out" 2>/dev/null)
	LINUXVM_KERNEL=$CACHE/vmlinuz
	LINUXVM_APPEND="console=ttyS0 quiet panic=-1"
}
