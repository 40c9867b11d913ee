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
#   --timeout SEC  the whole run, QEMU included (default 120)
#   --log FILE     keep QEMU's whole serial log (Xen, dom0, guest) there
#   -v             also copy the serial log to stderr as it comes
#   ARGS           the guest's command line (xl's extra=), joined with spaces
# Exit status: 0 the guest powered off, 3 it crashed, 4 timeout or harness
# failure (the reason on stderr), 2 usage error. The time taken goes to
# stderr. Runs tests/xen/prepare.sh first (a no-op when cached).
# Environment: UK_XEN_CACHE (cache dir), QEMU (qemu-system-x86_64),
# UK_XEN_ARGS (more Xen options, e.g. sched=credit), UK_DOM0_ARGS (more
# dom0 kernel options, e.g. loglevel=7 to see dom0's kernel messages).
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CACHE=${UK_XEN_CACHE:-$REPO/build/xen-cache}
QEMU=${QEMU:-qemu-system-x86_64}
MEMORY=16
TIMEOUT=120
LOGFILE=
NAME=ukguest
VERBOSE=0
IMAGE=
CFG=

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }
usage_err() { echo "boot.sh: error: $*" >&2; echo "usage: boot.sh IMAGE [--memory MB] [--timeout SEC] [--log FILE] [-v] [-- ARGS...]" >&2; exit 2; }
harness_fail() { echo "boot.sh: error: $*" >&2; took; exit 4; }
T0=$(date +%s.%N)
took() { echo "boot.sh: took $(echo "$(date +%s.%N) - $T0" | awk '{printf "%.1f", $1 - $3}') s" >&2; }

while [ $# -gt 0 ]; do
	case "$1" in
	--memory) [ $# -ge 2 ] || usage_err "--memory needs MB"; MEMORY=$2; shift 2 ;;
	--timeout) [ $# -ge 2 ] || usage_err "--timeout needs SEC"; TIMEOUT=$2; shift 2 ;;
	--log) [ $# -ge 2 ] || usage_err "--log needs FILE"; LOGFILE=$2; shift 2 ;;
	--name) [ $# -ge 2 ] || usage_err "--name needs NAME"; NAME=$2; shift 2 ;;
	--cfg) [ $# -ge 2 ] || usage_err "--cfg needs CFG"; CFG=$2; shift 2 ;;
	-v) VERBOSE=1; shift ;;
	-h|--help) usage; exit 0 ;;
	--) shift; break ;;
	-*) usage_err "unknown option $1" ;;
	*) [ -z "$IMAGE" ] || usage_err "one IMAGE only (guest arguments go after --)"
	   IMAGE=$1; shift ;;
	esac
done
# An xl config: its kernel (and ramdisk) are the files to carry.
cfgval() { sed -n "s/^$1 *= *\"\(.*\)\"\$/\1/p" "$CFG" | tail -n 1; }
if [ -n "$CFG" ]; then
	[ -f "$CFG" ] || usage_err "$CFG: no such file"
	[ -z "$IMAGE" ] || usage_err "IMAGE or --cfg, not both"
	IMAGE=$(cfgval kernel)
	RAMDISK=$(cfgval ramdisk)
	[ -n "$IMAGE" ] || usage_err "$CFG: no kernel = \"...\" line"
	[ -z "$RAMDISK" ] || [ -f "$RAMDISK" ] || usage_err "$CFG: ramdisk $RAMDISK: no such file"
fi
[ -n "$IMAGE" ] || usage_err "no IMAGE"
[ -f "$IMAGE" ] || usage_err "$IMAGE: no such file"
case "$MEMORY" in ''|*[!0-9]*) usage_err "--memory: not a number: $MEMORY" ;; esac
case "$TIMEOUT" in ''|*[!0-9]*) usage_err "--timeout: not a number: $TIMEOUT" ;; esac
case "$NAME" in ''|*[!A-Za-z0-9_.-]*) usage_err "--name: use letters, digits, . _ -" ;; esac
command -v "$QEMU" >/dev/null || harness_fail "$QEMU not found (apt-get install qemu-system-x86)"

"$HERE/prepare.sh" || harness_fail "prepare.sh failed"

RUN=$(mktemp -d "${TMPDIR:-/tmp}/uk-xen.XXXXXX") || harness_fail "mktemp failed"
QPID=
cleanup() {
	[ -n "$QPID" ] && kill "$QPID" 2>/dev/null
	rm -rf "$RUN"
}
trap cleanup EXIT
trap 'exit 4' INT TERM HUP

# The guest's extra= string: the args joined with spaces, \ and " escaped
# for xl's config parser.
EXTRA=$(printf '%s ' "$@" | sed 's/ $//; s/\\/\\\\/g; s/"/\\"/g')
mkdir -p "$RUN/extra/guest"
cp "$IMAGE" "$RUN/extra/guest/image"
if [ -n "$CFG" ]; then
	[ -z "$RAMDISK" ] || cp "$RAMDISK" "$RUN/extra/guest/ramdisk"
	sed -e 's|^kernel *=.*|kernel = "/guest/image"|' \
	    -e 's|^ramdisk *=.*|ramdisk = "/guest/ramdisk"|' "$CFG" \
	    >"$RUN/extra/guest/guest.cfg"
else
cat >"$RUN/extra/guest/guest.cfg" <<EOF
name = "$NAME"
type = "pv"
kernel = "/guest/image"
extra = "$EXTRA"
memory = $MEMORY
vcpus = 1
on_poweroff = "destroy"
on_reboot = "destroy"
on_crash = "destroy"
EOF
fi
# dom0 gives up on the guest by its own uptime, which starts 5-10 s after
# QEMU (SeaBIOS, Xen, dom0 build), 20 s before we give up on QEMU, so that
# a hung guest still has its console printed and is reported as such.
GUEST_LIMIT=$((TIMEOUT - 20))
echo $GUEST_LIMIT >"$RUN/extra/guest/timeout"
(cd "$RUN/extra" && find . | LC_ALL=C sort |
	"$CACHE/busybox" cpio -o -H newc -R 0:0 >"$RUN/extra.cpio" 2>/dev/null) ||
	harness_fail "could not pack the guest cpio"
# Linux unpacks concatenated cpio archives in turn: the base stays as built.
cat "$CACHE/dom0.cpio" "$RUN/extra.cpio" >"$RUN/dom0.cpio" || harness_fail "no space in $RUN?"
ln -s "$CACHE/vmlinuz" "$RUN/vmlinuz"
ln -s "$CACHE/xen-4.17-amd64" "$RUN/xen"

# Relative names, so that no comma or space in a path confuses -initrd
# (comma-separated multiboot modules, each "file cmdline").
SERIAL=$RUN/serial.log
: >"$SERIAL"
(cd "$RUN" && exec "$QEMU" -accel tcg,tb-size=256 -cpu max,-smap,-smep \
	-m 1024 -smp 2 -nographic -no-reboot -serial stdio -monitor none \
	-display none -net none -kernel xen \
	-append "console=com1 com1=115200,8n1 dom0_mem=512M,max:512M dom0_max_vcpus=1 loglvl=all guest_loglvl=all${UK_XEN_ARGS:+ $UK_XEN_ARGS}" \
	-initrd "vmlinuz console=hvc0 quiet tsc=reliable${UK_DOM0_ARGS:+ $UK_DOM0_ARGS},dom0.cpio" \
	</dev/null >"$SERIAL" 2>&1) &
QPID=$!
if [ $VERBOSE = 1 ]; then
	tail -n +1 -f "$SERIAL" >&2 &
	TPID=$!
fi

# Wait for QEMU to exit (dom0 powers the machine off) or the deadline.
DEADLINE=$(($(date +%s) + TIMEOUT))
STATUS=
while kill -0 "$QPID" 2>/dev/null; do
	if [ "$(date +%s)" -ge $DEADLINE ]; then
		STATUS=qemu-timeout
		kill "$QPID" 2>/dev/null
		break
	fi
	sleep 0.2
done
wait "$QPID" 2>/dev/null
QPID=
[ $VERBOSE = 1 ] && { sleep 0.3; kill "$TPID" 2>/dev/null; }
[ -n "$LOGFILE" ] && cp "$SERIAL" "$LOGFILE"

# The guest's console: the lines between the markers, \r stripped.
tr -d '\r' <"$SERIAL" | sed -n '/^===GUEST-CONSOLE-BEGIN===$/,/^===GUEST-CONSOLE-END===$/p' |
	sed '1d;$d'
END=$(tr -d '\r' <"$SERIAL" | sed -n 's/^===GUEST-END \(.*\)===$/\1/p' | tail -n 1)
GT=$(tr -d '\r' <"$SERIAL" | sed -n 's/^===GUEST-TIME \(.*\) s===$/\1/p' | tail -n 1)
[ -n "$GT" ] && echo "boot.sh: xl create -> guest gone: $GT s" >&2
[ -n "$END" ] || END=${STATUS:-none}
case "$END" in
poweroff) took; exit 0 ;;
crash) echo "boot.sh: the guest crashed" >&2
	tr -d '\r' <"$SERIAL" | grep -A3 'Unhandled' | head -n 4 >&2
	took; exit 3 ;;
timeout) harness_fail "timeout: the guest had not shut down $GUEST_LIMIT s after boot (dom0 destroyed it)" ;;
qemu-timeout)
	if grep -q '===DOM0-UP===' "$SERIAL"; then
		harness_fail "timeout after $TIMEOUT s: dom0 was up, no result${LOGFILE:+ (log: $LOGFILE)}"
	fi
	harness_fail "timeout after $TIMEOUT s: dom0 never came up${LOGFILE:+ (log: $LOGFILE)}; last lines:
$(tr -d '\r' <"$SERIAL" | tail -n 5)" ;;
none) harness_fail "QEMU exited with no result${LOGFILE:+ (log: $LOGFILE)}; last lines:
$(tr -d '\r' <"$SERIAL" | tail -n 5)" ;;
*) tr -d '\r' <"$SERIAL" | sed -n '/^===XL-LOG-BEGIN===$/,/^===XL-LOG-END===$/p' |
	sed '1d;$d;s/^/xl: /' >&2
   WHY=$(tr -d '\r' <"$SERIAL" | grep -m1 -E '^(xc|libxl): error: ' | sed 's/: Out of memory$//')
   harness_fail "${WHY:+xl create failed: $WHY; }dom0 reported: $END${LOGFILE:+ (log: $LOGFILE)}" ;;
esac
