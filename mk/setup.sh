#!/bin/sh
# Installs the Debian packages uklink needs, if any is missing. Idempotent
# and silent when everything is present. Needs root (or sudo) only when it
# has something to install.
set -eu
PKGS="clang-19 lld-19 llvm-19 make gcc qemu-system-x86 python3 python3-pytest
      python3-pytest-xdist
      binutils coreutils
      newlib-source libclang-rt-19-dev dpkg-dev patch xz-utils"   # ports: docs/porting.md
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
