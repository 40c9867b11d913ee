#!/bin/sh
# Boots a Xen PV image as a domU on Debian's Xen 4.17 + a Debian dom0, all
# inside QEMU (TCG), and prints the guest's console output on stdout.
#
# Usage: tests/xen/boot.sh IMAGE [--memory MB] [--timeout SEC] [--log FILE]
#                          [--name NAME] [-v] [-- ARGS...]
#        tests/xen/boot.sh --cfg CFG [--timeout SEC] [--log FILE] [-v]
#   --cfg CFG      boot the xl config CFG (what `uklink run --plat xen`
#                  writes; its kernel= and ramdisk= files go with it)
#   --memory MB    the guest's memory= (default 16)
#   --timeout SEC  how long the guest may run before dom0 destroys it
#                  (default 100; Xen + dom0's own start is not counted)
#   --log FILE     keep QEMU's whole serial log (Xen, dom0) and xl's there
#   -v             also copy xl's output to stderr
#   ARGS           the guest's command line (xl's extra=), joined with spaces
# Exit status: 0 the guest powered off, 3 it crashed, 4 timeout or harness
# failure (the reason on stderr), 2 usage error. The time taken goes to
# stderr. Writes the xl config (unless given one) and hands it to
# tests/xen/xenrun.py: the shared runner of $UK_XEN_RUNNER when a test
# session has one (one Xen boot for many guests), else one Xen boot for
# this guest alone.
# Environment: see xenrun.py (UK_XEN_CACHE, QEMU, UK_XEN_ARGS, UK_DOM0_ARGS,
# UK_XEN_QEMU_ARGS, UK_XEN_DOM0_SETUP, UK_XEN_RUNNER).
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
MEMORY=16
TIMEOUT=100
LOGFILE=
NAME=ukguest
VERBOSE=
IMAGE=
CFG=

usage() { sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; }
usage_err() { echo "boot.sh: error: $*" >&2; echo "usage: boot.sh IMAGE [--memory MB] [--timeout SEC] [--log FILE] [-v] [-- ARGS...]" >&2; exit 2; }

while [ $# -gt 0 ]; do
	case "$1" in
	--memory) [ $# -ge 2 ] || usage_err "--memory needs MB"; MEMORY=$2; shift 2 ;;
	--timeout) [ $# -ge 2 ] || usage_err "--timeout needs SEC"; TIMEOUT=$2; shift 2 ;;
	--log) [ $# -ge 2 ] || usage_err "--log needs FILE"; LOGFILE=$2; shift 2 ;;
	--name) [ $# -ge 2 ] || usage_err "--name needs NAME"; NAME=$2; shift 2 ;;
	--cfg) [ $# -ge 2 ] || usage_err "--cfg needs CFG"; CFG=$2; shift 2 ;;
	-v) VERBOSE=-v; shift ;;
	-h|--help) usage; exit 0 ;;
	--) shift; break ;;
	-*) usage_err "unknown option $1" ;;
	*) [ -z "$IMAGE" ] || usage_err "one IMAGE only (guest arguments go after --)"
	   IMAGE=$1; shift ;;
	esac
done
case "$TIMEOUT" in ''|*[!0-9]*) usage_err "--timeout: not a number: $TIMEOUT" ;; esac
run() {
	/usr/bin/python3 "$HERE/xenrun.py" run "$1" --timeout "$TIMEOUT" \
		${LOGFILE:+--log "$LOGFILE"} $VERBOSE
}
# An xl config: xenrun.py carries its kernel= and ramdisk= files.
if [ -n "$CFG" ]; then
	[ -z "$IMAGE" ] || usage_err "IMAGE or --cfg, not both"
	[ -f "$CFG" ] || usage_err "$CFG: no such file"
	run "$CFG"
	exit
fi
[ -n "$IMAGE" ] || usage_err "no IMAGE"
[ -f "$IMAGE" ] || usage_err "$IMAGE: no such file"
case "$MEMORY" in ''|*[!0-9]*) usage_err "--memory: not a number: $MEMORY" ;; esac
case "$NAME" in ''|*[!A-Za-z0-9_.-]*) usage_err "--name: use letters, digits, . _ -" ;; esac

CFGDIR=$(mktemp -d "${TMPDIR:-/tmp}/uk-xencfg.XXXXXX") || { echo "boot.sh: error: mktemp failed" >&2; exit 4; }
trap 'rm -rf "$CFGDIR"' EXIT
trap 'exit 4' INT TERM HUP
case "$IMAGE" in /*) ABS=$IMAGE ;; *) ABS=$PWD/$IMAGE ;; esac
# The guest's extra= string: the args joined with spaces, \ and " escaped
# for xl's config parser.
EXTRA=$(printf '%s ' "$@" | sed 's/ $//; s/\\/\\\\/g; s/"/\\"/g')
# x86_64 images (ELF) are PV guests; an arm64 Image takes xl's default
# type (xenrun.py boots it on Xen arm64).
TYPE='type = "pv"'
[ "$(dd if="$IMAGE" bs=1 skip=56 count=4 2>/dev/null)" != "ARMd" ] || TYPE=
cat >"$CFGDIR/guest.cfg" <<EOC
name = "$NAME"
$TYPE
kernel = "$ABS"
extra = "$EXTRA"
memory = $MEMORY
vcpus = 1
on_poweroff = "destroy"
on_reboot = "destroy"
on_crash = "destroy"
EOC
run "$CFGDIR/guest.cfg"
