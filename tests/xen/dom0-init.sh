#!/bin/busybox sh
# dom0's /init (busybox sh), built into dom0.cpio by prepare.sh.
# boot.sh appends a small cpio with /guest/image, /guest/guest.cfg and
# /guest/timeout (when to give up, in dom0 uptime seconds). This script starts the Xen daemons, runs
# `xl create -F` on the guest (xl stays in the foreground and logs
# "Domain N has shut down, reason code R" when the guest shuts down), waits
# for it, prints the guest's console log between marker lines and how the
# guest ended, then powers the machine off. Lines boot.sh reads:
#   ===DOM0-UP===                    daemons running, about to create
#   ===GUEST-CONSOLE-BEGIN===        the guest's console log follows
#   ===GUEST-CONSOLE-END===          (a newline is added if it lacks one)
#   ===GUEST-TIME <s> s===           from `xl create` to xl's exit (the
#                                    guest gone), dom0 uptime clock
#   ===GUEST-END <how>===            poweroff|crash|reboot|suspend|watchdog|
#                                    soft_reset|timeout|error: <why>
# Nothing here is allowed to hang: any failure prints GUEST-END error and
# powers off, so boot.sh never waits for its own timeout on a broken dom0.

/bin/busybox mkdir -p /bb /proc /sys /dev /run /tmp
/bin/busybox --install -s /bb
export PATH=/usr/lib/xen-4.17/bin:/usr/sbin:/usr/bin:/bb
export HOME=/ TERM=dumb

finish() {
	echo "===GUEST-END $1==="
	sync
	poweroff -f
	sleep 1000
}
fail() {
	echo "dom0-init: $*"
	finish "error: $*"
}

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
mkdir -p /run/xen /run/xenstored /run/lock /var/lib/xenstored \
	/var/log/xen/console /var/lib/xen
[ -e /var/run ] || ln -s /run /var/run

for m in $(cat /etc/uk-xen-modules); do
	modprobe "$m" || fail "modprobe $m failed"
done
mount -t xenfs xenfs /proc/xen || fail "mount xenfs failed"

[ -f /guest/guest.cfg ] || fail "no /guest/guest.cfg (boot.sh appends it)"
LIMIT=$(cat /guest/timeout 2>/dev/null || echo 60)	# in dom0 uptime seconds

xenstored --pid-file=/run/xenstored.pid || fail "xenstored failed"
xen-init-dom0 >/run/xen-init-dom0.log 2>&1 || {
	cat /run/xen-init-dom0.log
	fail "xen-init-dom0 failed"
}
xenconsoled --log=guest --log-dir=/var/log/xen/console || fail "xenconsoled failed"
echo "===DOM0-UP=== uptime $(cat /proc/uptime), limit $LIMIT"

# The guest's name, for its console log file guest-NAME.log.
NAME=$(sed -n 's/^name *= *"\(.*\)"/\1/p' /guest/guest.cfg)
(
	t0=$(cut -d' ' -f1 /proc/uptime)
	xl create -F /guest/guest.cfg </dev/null >/run/xl.log 2>&1
	echo "$t0 $(cut -d' ' -f1 /proc/uptime)" >/run/xl.time
) &
XL=$!

# Wait for xl to exit (it does once the guest has shut down and been
# destroyed), polling 5 times a second, until dom0's uptime reaches LIMIT.
uptime_s() { cut -d. -f1 /proc/uptime; }
[ $(($(uptime_s) + 5)) -le $LIMIT ] || LIMIT=$(($(uptime_s) + 5))
TIMEDOUT=0
while kill -0 $XL 2>/dev/null; do
	if [ "$(uptime_s)" -ge $LIMIT ]; then
		TIMEDOUT=1
		echo "dom0-init: no shutdown by uptime $LIMIT s: destroying $NAME"
		xl destroy "$NAME" >/dev/null 2>&1
		break
	fi
	usleep 200000
done
usleep 100000

LOG=/var/log/xen/console/guest-$NAME.log
echo "===GUEST-CONSOLE-BEGIN==="
if [ -f "$LOG" ]; then
	cat "$LOG"
	[ -s "$LOG" ] && [ "$(tail -c 1 "$LOG" | od -An -c | tr -d ' ')" != '\n' ] && echo
fi
echo "===GUEST-CONSOLE-END==="
[ -f /run/xl.time ] &&
	echo "===GUEST-TIME $(awk '{ printf "%.2f", $2 - $1 }' /run/xl.time) s==="

if [ $TIMEDOUT = 1 ]; then
	finish "timeout"
fi
code=$(sed -n 's/.*has shut down, reason code \([0-9]*\) .*/\1/p' /run/xl.log | tail -n 1)
case "$code" in
0) finish poweroff ;;
1) finish reboot ;;
2) finish suspend ;;
3) finish crash ;;
4) finish watchdog ;;
5) finish soft_reset ;;
esac
echo "===XL-LOG-BEGIN==="
cat /run/xl.log
echo "===XL-LOG-END==="
fail "xl create exited without a shutdown reason"
