#!/bin/sh
# Installs the Debian packages uklink needs, if any is missing. Idempotent
# and silent when everything is present. Needs root (or sudo) only when it
# has something to install.
set -eu
PKGS="clang-19 lld-19 llvm-19 make gcc qemu-system-x86 python3 python3-pytest
      python3-pytest-xdist
      binutils coreutils
      newlib-source libclang-rt-19-dev dpkg-dev patch xz-utils
      qemu-system-arm qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross
      gcc-arm-linux-gnueabihf libc6-dev-armhf-cross"
# ports: docs/porting.md. arm64 targets: QEMU's virt machine and user-mode
# emulator, and Debian's cross compiler, whose glibc headers user programs
# for arm64 compile against (gcc, and clang-19 --target=aarch64-linux-gnu)
# and whose libgcc.a is the pool's compiler runtime on arm64; the same for
# arm (ARMv7-A, armhf): gcc-arm-linux-gnueabihf, run under qemu-arm.
# The corpus of real programs (docs/apps.md): their own builds' generators
# (bison, cmake, tclsh), and musl for bench/apps.sh's native baseline.
PKGS="$PKGS bison cmake tcl musl-tools"
# The web benchmark's load generator (bench/http.sh).
PKGS="$PKGS wrk"
missing=
for p in $PKGS; do
	s=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$s" in *"install ok installed"*) ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0
echo "setup: installing:$missing"
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
