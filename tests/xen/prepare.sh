#!/bin/sh
# Prepares everything the Xen runner (tests/xen/xenrun.py, boot.sh) needs to
# boot PV guests on Debian's Xen 4.17 inside QEMU, into a cache directory:
#   debs/             the downloaded .deb files (apt-get download), kept
#   xen-4.17-amd64    the hypervisor, gunzipped (QEMU's -kernel loads the
#                     multiboot ELF; the .gz fails)
#   vmlinuz           Debian 12's dom0 kernel
#   kernel/           vmlinuz and the modules dom0 uses out of the kernel
#                     package (xen, virtio + 9p for the runner's shared
#                     directory; netback, bridge, tun, virtio-net kept for
#                     network tests)
#   dom0.cpio         dom0's initramfs: merged-/usr userland from 21 Debian
#                     packages, those modules + depmod, and dom0-init.sh
#                     as /init
#   busybox           static busybox for the host side (cpio, no host cpio)
#   versions.tsv      package, version and file of every package used
#   stamp             what the current outputs were built from
# Idempotent: with everything cached it checks the stamp and returns in well
# under a second, downloading nothing and calling no apt tool. It runs
# `apt-get update` only when a download fails for lack of package lists.
#
# Usage: tests/xen/prepare.sh [--force]     (cache: $UK_XEN_CACHE or
#                                            REPO/build/xen-cache)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CACHE=${UK_XEN_CACHE:-$REPO/build/xen-cache}
DEBS=$CACHE/debs
FORCE=0

USERLAND="libc6 libgcc-s1 liblzma5 libuuid1 libxencall1 libxendevicemodel1
libxenevtchn1 libxenforeignmemory1 libxengnttab1 libxenhypfs1 libxenmisc4.17
libxenstore4 libxentoolcore1 libxentoollog1 libyajl2 libzstd1 xen-utils-4.17
xen-utils-common zlib1g xenstore-utils busybox-static"
HYPERVISOR=xen-hypervisor-4.17-amd64
# The dom0 modules /init loads, in load order (modprobe adds what they
# depend on): Xen's, then virtio-pci and 9p for the runner's directory.
MODULES="xenfs xen-evtchn xen-privcmd xen-gntdev xen-gntalloc virtio_pci 9pnet_virtio 9p"
# What dom0.cpio carries out of the kernel package (tar patterns under
# lib/modules/KVER/kernel/): the above, and what a network test needs in
# dom0 (netback, a bridge, tun, a virtio NIC), loaded only on demand.
KMODS="drivers/xen/* drivers/virtio/* net/9p/9pnet.ko net/9p/9pnet_virtio.ko
fs/9p/* fs/netfs/* fs/fscache/* drivers/net/xen-netback/* net/bridge/bridge.ko
net/802/stp.ko net/llc/llc.ko drivers/net/tun.ko drivers/net/virtio_net.ko
drivers/net/net_failover.ko net/core/failover.ko"

die() { echo "prepare.sh: error: $*" >&2; exit 1; }
say() { echo "prepare.sh: $*" >&2; }

case "${1:-}" in
--force) FORCE=1 ;;
-h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
"") ;;
*) echo "usage: prepare.sh [--force]" >&2; exit 2 ;;
esac

for t in dpkg-deb gzip tar sha256sum; do
	command -v "$t" >/dev/null || die "$t not found (install dpkg, gzip, tar, coreutils)"
done
mkdir -p "$DEBS"

# The stamp names the inputs of the outputs: the .deb files and the harness
# files that go into the initramfs. Same stamp and all outputs there: done.
stamp_of() {
	(cd "$DEBS" && ls -1 -- *.deb 2>/dev/null; cat "$HERE/dom0-init.sh" "$HERE/prepare.sh") |
		sha256sum | cut -d' ' -f1
}
outputs_ok() {
	for f in xen-4.17-amd64 vmlinuz dom0.cpio busybox versions.tsv stamp; do
		[ -s "$CACHE/$f" ] || return 1
	done
}
up_to_date() {
	[ $FORCE = 0 ] && outputs_ok && [ "$(cat "$CACHE/stamp")" = "$(stamp_of)" ]
}
if up_to_date; then
	say "cache up to date: $CACHE"
	exit 0
fi
# One builder at a time (boots running in parallel all call us).
if command -v flock >/dev/null; then
	exec 9>"$CACHE/lock"
	flock 9
	if up_to_date; then
		say "cache up to date: $CACHE"
		exit 0
	fi
fi

T0=$(date +%s)
UPDATED=0
# apt_download PKG: into $DEBS unless a PKG_*.deb is already there.
have_deb() { ls "$DEBS/$1"_*.deb >/dev/null 2>&1; }
apt_download() {
	have_deb "$1" && return 0
	say "downloading $1"
	if (cd "$DEBS" && apt-get download -q "$1" >/dev/null 2>"$CACHE/apt.err"); then
		return 0
	fi
	if [ $UPDATED = 0 ]; then
		UPDATED=1
		say "download of $1 failed; running apt-get update once"
		apt-get update -q >/dev/null 2>&1 || say "apt-get update failed (not root?)"
		(cd "$DEBS" && apt-get download -q "$1" >/dev/null 2>"$CACHE/apt.err") && return 0
	fi
	return 1
}

# The dom0 kernel: the newest linux-image-6.1.0-N-amd64 (signed, else
# -unsigned) that can be downloaded; a cached one is kept as it is.
kernel_deb() {
	ls "$DEBS"/linux-image-6.1.0-*-amd64*.deb 2>/dev/null | sort -V | tail -n1
}
if [ -z "$(kernel_deb)" ]; then
	names=$(apt-cache pkgnames linux-image-6.1.0- 2>/dev/null |
		grep -E '^linux-image-6\.1\.0-[0-9]+-amd64(-unsigned)?$' | sort -rV || true)
	if [ -z "$names" ] && [ $UPDATED = 0 ]; then
		UPDATED=1
		say "no linux-image-6.1.0-*-amd64 in apt lists; running apt-get update once"
		apt-get update -q >/dev/null 2>&1 || say "apt-get update failed (not root?)"
		names=$(apt-cache pkgnames linux-image-6.1.0- 2>/dev/null |
			grep -E '^linux-image-6\.1\.0-[0-9]+-amd64(-unsigned)?$' | sort -rV || true)
	fi
	for k in $names; do
		apt_download "$k" && break
	done
	[ -n "$(kernel_deb)" ] || die "could not download any linux-image-6.1.0-N-amd64 ($(tail -n1 "$CACHE/apt.err" 2>/dev/null))"
fi
for p in $HYPERVISOR $USERLAND; do
	apt_download "$p" || die "apt-get download $p failed: $(tail -n1 "$CACHE/apt.err")"
done
rm -f "$CACHE/apt.err"

# Build into a fresh work dir, then move the outputs in place.
W=$CACHE/work
rm -rf "$W"
mkdir -p "$W/root" "$W/xen"
trap 'rm -rf "$W"' EXIT

printf 'package\tversion\tfile\n' >"$W/versions.tsv"
for d in "$DEBS"/*.deb; do
	printf '%s\t%s\t%s\n' "$(dpkg-deb -f "$d" Package)" \
		"$(dpkg-deb -f "$d" Version)" "${d##*/}" >>"$W/versions.tsv"
done

# Hypervisor.
dpkg-deb -x "$DEBS/${HYPERVISOR}"_*.deb "$W/xen"
gzip -dc "$W/xen/boot/xen-4.17-amd64.gz" >"$W/xen-4.17-amd64"

# Kernel: only vmlinuz and the KMODS (+ modules.builtin*) out of the
# package, not its 400 MB of modules; kept in kernel/ (xz-unpacking the
# package takes 10-20 s), redone only when the kernel package or KMODS
# change.
KDEB=$(kernel_deb)
K=$CACHE/kernel
set -f	# KMODS are tar patterns, not for the shell to expand
KFROM="${KDEB##*/} $(echo $KMODS)"
if [ "$(cat "$K/from" 2>/dev/null)" != "$KFROM" ]; then
	rm -rf "$K" "$K.tmp"
	mkdir -p "$K.tmp"
	pats=
	for m in $KMODS; do
		pats="$pats ./lib/modules/*/kernel/$m"
	done
	# shellcheck disable=SC2086
	dpkg-deb --fsys-tarfile "$KDEB" | tar -x -C "$K.tmp" --wildcards \
		'./boot/vmlinuz-*' $pats \
		'./lib/modules/*/modules.builtin*' './lib/modules/*/modules.order' ||
		die "could not unpack $KDEB"
	echo "$KFROM" >"$K.tmp/from"
	mv "$K.tmp" "$K"
fi
set +f
cp "$K"/boot/vmlinuz-* "$W/vmlinuz"
KVER=$(ls "$K/lib/modules")
[ -n "$KVER" ] || die "no lib/modules in $KDEB"

# Userland, merged /usr.
R=$W/root
for p in $USERLAND; do
	dpkg-deb -x "$DEBS/$p"_*.deb "$R"
done
for d in bin sbin lib lib64; do
	if [ -d "$R/$d" ] && [ ! -L "$R/$d" ]; then
		mkdir -p "$R/usr/$d"
		cp -a "$R/$d/." "$R/usr/$d/"
		rm -rf "${R:?}/$d"
	fi
	mkdir -p "$R/usr/$d"
	ln -sfn "usr/$d" "$R/$d"
done
rm -rf "$R/usr/share/doc" "$R/usr/share/man" "$R/usr/share/locale" "$R/usr/share/lintian"
mkdir -p "$R/lib/modules/$KVER" "$R/etc"
cp -a "$K/lib/modules/$KVER/kernel" "$R/lib/modules/$KVER/"
cp -a "$K/lib/modules/$KVER"/modules.* "$R/lib/modules/$KVER/"
cp "$R/usr/bin/busybox" "$W/busybox"
BB=$W/busybox
if command -v depmod >/dev/null; then
	depmod -b "$R" "$KVER"
else
	"$BB" depmod -b "$R" "$KVER"
fi
for m in $MODULES; do
	[ -n "$(find "$R/lib/modules/$KVER" -name "$m.ko*")" ] || die "module $m not in $KDEB"
done
cp "$HERE/dom0-init.sh" "$R/init"
chmod 755 "$R/init"
printf '%s\n' "$MODULES" >"$R/etc/uk-xen-modules"
: >"$R/etc/fstab"
(cd "$R" && find . | LC_ALL=C sort | "$BB" cpio -o -H newc -R 0:0 >"$W/dom0.cpio" 2>/dev/null)

for f in xen-4.17-amd64 vmlinuz dom0.cpio busybox versions.tsv; do
	mv -f "$W/$f" "$CACHE/$f"
done
stamp_of >"$CACHE/stamp"
say "ready in $(($(date +%s) - T0)) s: $CACHE (kernel $KVER, dom0.cpio $(($(wc -c <"$CACHE/dom0.cpio") / 1048576)) MiB)"
