#!/bin/sh
# Prepares everything the Xen runner (tests/xen/xenrun.py, boot.sh) needs to
# boot guests on Debian's Xen 4.17 inside QEMU, into a cache directory, for
# one architecture (x86_64: PV guests, qemu-system-x86_64; arm64: Arm
# guests, qemu-system-aarch64 -M virt,virtualization=true):
#   debs/             the downloaded .deb files (apt-get download), kept
#   xen-4.17-amd64    the hypervisor, gunzipped (QEMU's -kernel loads the
#                     multiboot ELF; the .gz fails); xen-4.17-arm64 on
#                     arm64 (an arm64 Image, as the package ships it)
#   vmlinuz           Debian 12's dom0 kernel (arm64: its Image)
#   kernel/           vmlinuz and the modules dom0 uses out of the kernel
#                     package (xen, virtio + 9p for the runner's shared
#                     directory; netback, bridge, tun, virtio-net kept for
#                     network tests)
#   dom0.cpio         dom0's initramfs: merged-/usr userland from 21 Debian
#                     packages, those modules + depmod, and dom0-init.sh
#                     as /init
#   busybox           static busybox for the host side (cpio, no host cpio;
#                     the host's architecture: on arm64, not dom0's)
#   apt/              arm64 only: the private apt configuration through
#                     which the arm64 packages download on an amd64 host
#   versions.tsv      package, version and file of every package used
#   stamp             what the current outputs were built from
# Idempotent: with everything cached it checks the stamp and returns in well
# under a second, downloading nothing and calling no apt tool. It runs
# `apt-get update` only when a download fails for lack of package lists.
#
# Usage: tests/xen/prepare.sh [--arch x86_64|arm64] [--force]
#   (arch: also $UK_XEN_ARCH, default x86_64; cache: $UK_XEN_CACHE, else
#   REPO/build/xen-cache for x86_64, REPO/build/xen-cache-arm64 for arm64)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
FORCE=0
ARCH=${UK_XEN_ARCH:-x86_64}
while [ $# -gt 0 ]; do
	case "$1" in
	--force) FORCE=1 ;;
	--arch) [ $# -ge 2 ] || { echo "usage: prepare.sh [--arch x86_64|arm64] [--force]" >&2; exit 2; }
		ARCH=$2; shift ;;
	-h|--help) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "usage: prepare.sh [--arch x86_64|arm64] [--force]" >&2; exit 2 ;;
	esac
	shift
done
case "$ARCH" in
x86_64) DEBARCH=amd64 CACHE=${UK_XEN_CACHE:-$REPO/build/xen-cache} ;;
arm64) DEBARCH=arm64 CACHE=${UK_XEN_CACHE:-$REPO/build/xen-cache-arm64} ;;
*) echo "prepare.sh: error: --arch $ARCH: x86_64 or arm64" >&2; exit 2 ;;
esac
DEBS=$CACHE/debs
XENBIN=xen-4.17-$DEBARCH

USERLAND="libc6 libgcc-s1 liblzma5 libuuid1 libxencall1 libxendevicemodel1
libxenevtchn1 libxenforeignmemory1 libxengnttab1 libxenhypfs1 libxenmisc4.17
libxenstore4 libxentoolcore1 libxentoollog1 libyajl2 libzstd1 xen-utils-4.17
xen-utils-common zlib1g xenstore-utils busybox-static"
# Arm's libxenlight reads device trees (xen-init-dom0, xl): libfdt1.
[ "$ARCH" = x86_64 ] || USERLAND="$USERLAND libfdt1"
HYPERVISOR=xen-hypervisor-4.17-$DEBARCH
# The dom0 modules /init loads, in load order (modprobe adds what they
# depend on): Xen's, then virtio and 9p for the runner's directory (a
# virtio-pci device on x86_64, virtio-mmio on arm64's virt board, which
# Xen hands to dom0 as it is).
VIRTIO=virtio_pci
[ "$ARCH" = x86_64 ] || VIRTIO=virtio_mmio
MODULES="xenfs xen-evtchn xen-privcmd xen-gntdev xen-gntalloc $VIRTIO 9pnet_virtio 9p"
# What dom0.cpio carries out of the kernel package (tar patterns under
# lib/modules/KVER/kernel/): the above, and what a network test needs in
# dom0 (netback, a bridge, tun, a virtio NIC), loaded only on demand.
KMODS="drivers/xen/* drivers/virtio/* net/9p/9pnet.ko net/9p/9pnet_virtio.ko
fs/9p/* fs/netfs/* fs/fscache/* drivers/net/xen-netback/* net/bridge/bridge.ko
net/802/stp.ko net/llc/llc.ko drivers/net/tun.ko drivers/net/virtio_net.ko
drivers/net/net_failover.ko net/core/failover.ko"

die() { echo "prepare.sh: error: $*" >&2; exit 1; }
say() { echo "prepare.sh: $*" >&2; }

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
	for f in $XENBIN vmlinuz dom0.cpio busybox versions.tsv stamp; do
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
# The apt tools: the system's for the host's own architecture; for arm64 a
# private configuration under $CACHE/apt (its own sources.list with an
# arch=arm64 line for the system's Debian mirror, lists and cache), so that
# the system's apt state is untouched.
APTOPT=
if [ "$ARCH" = arm64 ]; then
	A=$CACHE/apt
	mkdir -p "$A/lists/partial" "$A/cache/archives/partial" "$A/parts"
	mirror=${UK_DEBIAN_MIRROR:-$(cat /etc/apt/sources.list.d/*.sources \
		/etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
		awk '/^URIs:/ && $2 ~ /debian\/?$/ { print $2; exit }
		     /^deb / && $2 !~ /^\[/ && $2 ~ /debian\/?$/ { print $2; exit }')}
	mirror=${mirror:-http://deb.debian.org/debian}
	kr=/usr/share/keyrings/debian-archive-keyring.gpg
	{
		echo "deb [arch=arm64 signed-by=$kr] $mirror bookworm main"
		echo "deb [arch=arm64 signed-by=$kr] ${mirror%/debian*}/debian-security bookworm-security main"
	} >"$A/sources.list.new"
	cmp -s "$A/sources.list.new" "$A/sources.list" 2>/dev/null ||
		{ mv "$A/sources.list.new" "$A/sources.list"; rm -f "$A/lists/"*Packages*; }
	rm -f "$A/sources.list.new"
	APTOPT="-o Dir::Etc::SourceList=$A/sources.list -o Dir::Etc::SourceParts=$A/parts
-o Dir::State::Lists=$A/lists -o Dir::Cache=$A/cache -o Debug::NoLocking=1
-o APT::Architecture=arm64 -o APT::Architectures::=arm64"
	[ "$(id -u)" -ne 0 ] || APTOPT="$APTOPT -o APT::Sandbox::User=root"
fi
# shellcheck disable=SC2086
aptget() { apt-get $APTOPT -q "$@"; }
# shellcheck disable=SC2086
aptcache() { apt-cache $APTOPT "$@"; }
apt_update() {
	[ $UPDATED = 0 ] || return 0
	UPDATED=1
	say "running apt-get update once${APTOPT:+ (private arm64 lists)}"
	aptget update >/dev/null 2>&1 || say "apt-get update failed (not root?)"
}
# The private lists start empty: fill them before the first look-up.
[ -z "$APTOPT" ] || ls "$CACHE/apt/lists/"*Packages* >/dev/null 2>&1 || apt_update
# apt_download PKG [DIR]: into DIR (default $DEBS) unless a PKG_*.deb is
# already there.
have_deb() { ls "${2:-$DEBS}/$1"_*.deb >/dev/null 2>&1; }
apt_download() {
	have_deb "$1" "${2:-}" && return 0
	say "downloading $1"
	if (cd "${2:-$DEBS}" && aptget download "$1" >/dev/null 2>"$CACHE/apt.err"); then
		return 0
	fi
	if [ $UPDATED = 0 ]; then
		say "download of $1 failed"
		apt_update
		(cd "${2:-$DEBS}" && aptget download "$1" >/dev/null 2>"$CACHE/apt.err") && return 0
	fi
	return 1
}

# The dom0 kernel: the newest linux-image-6.1.0-N-ARCH (signed, else
# -unsigned) that can be downloaded; a cached one is kept as it is.
kernel_deb() {
	ls "$DEBS"/linux-image-6.1.0-*-$DEBARCH*.deb 2>/dev/null | sort -V | tail -n1
}
kernel_names() {
	aptcache pkgnames linux-image-6.1.0- 2>/dev/null |
		grep -E "^linux-image-6\.1\.0-[0-9]+-$DEBARCH(-unsigned)?\$" | sort -rV || true
}
if [ -z "$(kernel_deb)" ]; then
	names=$(kernel_names)
	if [ -z "$names" ] && [ $UPDATED = 0 ]; then
		say "no linux-image-6.1.0-*-$DEBARCH in apt lists"
		apt_update
		names=$(kernel_names)
	fi
	for k in $names; do
		apt_download "$k" && break
	done
	[ -n "$(kernel_deb)" ] || die "could not download any linux-image-6.1.0-N-$DEBARCH ($(tail -n1 "$CACHE/apt.err" 2>/dev/null))"
fi
for p in $HYPERVISOR $USERLAND; do
	apt_download "$p" || die "apt-get download $p failed: $(tail -n1 "$CACHE/apt.err")"
done
# On arm64 dom0's busybox cannot run on the host: the host's own
# (the system's apt, host architecture) packs the initramfs.
if [ "$ARCH" != x86_64 ]; then
	mkdir -p "$CACHE/host"
	APTOPT= apt_download busybox-static "$CACHE/host" ||
		die "apt-get download busybox-static (host) failed: $(tail -n1 "$CACHE/apt.err")"
fi
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
if [ -f "$W/xen/boot/$XENBIN.gz" ]; then
	gzip -dc "$W/xen/boot/$XENBIN.gz" >"$W/$XENBIN"
else
	cp "$W/xen/boot/$XENBIN" "$W/$XENBIN"
fi

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
if [ "$ARCH" = x86_64 ]; then
	cp "$R/usr/bin/busybox" "$W/busybox"
else
	mkdir -p "$W/host"
	dpkg-deb -x "$CACHE/host"/busybox-static_*.deb "$W/host"
	cp "$W/host/bin/busybox" "$W/busybox"
fi
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

for f in $XENBIN vmlinuz dom0.cpio busybox versions.tsv; do
	mv -f "$W/$f" "$CACHE/$f"
done
stamp_of >"$CACHE/stamp"
say "ready in $(($(date +%s) - T0)) s: $CACHE (kernel $KVER, dom0.cpio $(($(wc -c <"$CACHE/dom0.cpio") / 1048576)) MiB)"
