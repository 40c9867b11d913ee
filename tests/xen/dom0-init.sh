#!/bin/busybox sh
# dom0's /init (busybox sh), built into dom0.cpio by prepare.sh: the inside
# of the shared Xen runner (tests/xen/xenrun.py is the host side). It starts
# the Xen daemons, mounts the runner's directory from the host (9p over
# virtio, mount tag "share"), then runs every guest the host puts there,
# several at once, until the host asks it to stop or it has been idle for
# /share/idle seconds; then it powers the machine off.
#
# A job is a directory /share/jobs/ID (the host renames it into place
# complete) holding guest.cfg (an xl config whose kernel= points into the
# job directory), timeout (seconds the guest may live) and the files the
# config names. dom0 marks it taken, runs `xl create -F` (xl stays in the
# foreground until the domain is gone and logs "Domain N has shut down,
# reason code R", R = SHUTDOWN_* of sched.h), destroys the guest at its
# deadline or when the host writes a file "destroy" into the job
# directory, and writes back into the job directory:
#   console   the guest's console log (xenconsoled), newline-terminated
#   domid     the domain id (Xen's "(XEN) dN..." serial lines)
#   name      the domain name used (NAME, or NAME-ID when NAME was in use)
#   time      seconds from `xl create` to xl's exit (dom0's uptime clock)
#   xl.log    xl's own output
#   result    written last: poweroff|crash|reboot|suspend|watchdog|
#             soft_reset|timeout|error: <why>
# /share/state says "up" once jobs are taken, or "failed: <why>"; the
# serial console (hvc0) gets ===DOM0-UP=== and ===DOM0-END <why>===.
# Nothing here may hang: a failure before "up" writes the state and powers
# off, so the host never waits for its own deadline on a broken dom0.

/bin/busybox mkdir -p /bb /proc /sys /dev /run /tmp
/bin/busybox --install -s /bb
export PATH=/usr/lib/xen-4.17/bin:/usr/sbin:/usr/bin:/bb
export HOME=/ TERM=dumb

finish() {
	echo "===DOM0-END $1==="
	sync
	poweroff -f
	sleep 1000
}
fail() {
	echo "dom0-init: $*"
	[ -d /share/jobs ] && echo "failed: $*" >/share/state
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
	/var/log/xen/console /var/lib/xen /run/uk/active /run/uk/names
[ -e /var/run ] || ln -s /run /var/run

for m in $(cat /etc/uk-xen-modules); do
	modprobe "$m" || fail "modprobe $m failed"
done
mount -t xenfs xenfs /proc/xen || fail "mount xenfs failed"
mkdir -p /share
mount -t 9p -o trans=virtio,version=9p2000.L,msize=262144 share /share ||
	fail "mount of the host's runner directory (9p tag share) failed"
[ -d /share/jobs ] || fail "no /share/jobs (xenrun.py makes it)"

xenstored --pid-file=/run/xenstored.pid || fail "xenstored failed"
xen-init-dom0 >/run/xen-init-dom0.log 2>&1 || {
	cat /run/xen-init-dom0.log
	fail "xen-init-dom0 failed"
}
xenconsoled --log=guest --log-dir=/var/log/xen/console || fail "xenconsoled failed"
# A hook for what some tests need in dom0 (a bridge for netback, ...).
if [ -f /share/dom0-setup.sh ]; then
	sh /share/dom0-setup.sh >/run/dom0-setup.log 2>&1 || {
		cat /run/dom0-setup.log
		fail "dom0-setup.sh failed"
	}
fi
# dom0 before any guest: a guest that spins (a hung test) must not starve
# the loop that would destroy it (credit2's default weight is 256).
xl sched-credit2 -d 0 -w 2048 >/dev/null 2>&1 ||
	echo "dom0-init: could not raise dom0's scheduler weight"
echo up >/share/state
echo "===DOM0-UP=== uptime $(cat /proc/uptime)"

# dom0's uptime in whole seconds, without a fork (PID 1 forks as little
# as it can: a failed fork makes ash raise an error).
uptime_s() {
	read -r up _ </proc/uptime
	echo "${up%.*}"
}

# run_job DIR: one guest, from xl create to the result file.
run_job() {
	j=$1
	id=${j##*/}
	limit=$(cat "$j/timeout" 2>/dev/null || echo 60)
	want=$(sed -n 's/^ *name *= *"\(.*\)".*/\1/p' "$j/guest.cfg" | tail -n 1)
	[ -n "$want" ] || want=ukguest
	# Domain names are unique in Xen: one in use gets the job's id.
	name=$want
	mkdir "/run/uk/names/$name" 2>/dev/null || {
		name=$want-$id
		mkdir "/run/uk/names/$name"
	}
	cfg=/run/uk/$id.cfg
	{ grep -v '^ *name *=' "$j/guest.cfg"; echo "name = \"$name\""; } >"$cfg"
	echo "$name" >"$j/name"
	log=/var/log/xen/console/guest-$name.log
	rm -f "$log"
	t0=$(cut -d' ' -f1 /proc/uptime)
	deadline=$(($(uptime_s) + limit))
	xl create -F "$cfg" </dev/null >"$j/xl.log" 2>&1 &
	xl=$!
	timedout=0
	destroyed=0
	# Twice a second, and nothing that forks: dom0 has one vCPU for every
	# guest's loop, and spinning guests take most of Xen's two CPUs.
	while kill -0 $xl 2>/dev/null; do
		if [ -e "$j/destroy" ]; then
			destroyed=1
			xl destroy "$name" >/dev/null 2>&1
			break
		fi
		read -r up _ </proc/uptime
		if [ "${up%.*}" -ge $deadline ]; then
			timedout=1
			echo "dom0: job $id: no shutdown after $limit s: destroying $name" >>"$j/xl.log"
			xl destroy "$name" >/dev/null 2>&1
			break
		fi
		usleep 500000
	done
	wait $xl 2>/dev/null
	t1=$(cut -d' ' -f1 /proc/uptime)
	usleep 100000	# xenconsoled writes the last of the console
	if [ -f "$log" ]; then
		cp "$log" "$j/console"
		[ -s "$log" ] && [ "$(tail -c 1 "$log" | od -An -c | tr -d ' ')" != '\n' ] &&
			echo >>"$j/console"
	else
		echo -n >"$j/console"
	fi
	# The domain id (for Xen's crash lines) from xl's last line.
	sed -n 's/^Domain \([0-9]*\) has shut down.*/\1/p' "$j/xl.log" | tail -n 1 >"$j/domid"
	echo "$t0 $t1" | awk '{ printf "%.2f\n", $2 - $1 }' >"$j/time"
	if [ $timedout = 1 ]; then
		end=timeout
	elif [ $destroyed = 1 ]; then
		end="error: destroyed on the host's request (xl destroy)"
	else
		code=$(sed -n 's/.*has shut down, reason code \([0-9]*\) .*/\1/p' "$j/xl.log" | tail -n 1)
		case "$code" in
		0) end=poweroff ;;
		1) end=reboot ;;
		2) end=suspend ;;
		3) end=crash ;;
		4) end=watchdog ;;
		5) end=soft_reset ;;
		*) end="error: xl create exited without a shutdown reason" ;;
		esac
	fi
	echo "$end" >"$j/result.tmp"
	mv "$j/result.tmp" "$j/result"
	rm -f "$log" "$cfg"
	rmdir "/run/uk/names/$name"
	rm -f "/run/uk/active/$id"
}

# Take jobs (5 times a second) until /share/stop appears or nothing has
# run for /share/idle seconds. The loop is a child: if it ever dies (a
# shell error: ash leaves on a failed redirection of a special built-in or
# a failed fork), PID 1 says so and powers off instead of the kernel
# panicking on a dead init.
take_jobs() {
	IDLE=$(cat /share/idle 2>/dev/null || echo 600)
	last=$(uptime_s)
	while [ ! -e /share/stop ]; do
		for j in /share/jobs/*; do
			[ -f "$j/guest.cfg" ] && [ ! -e "$j/taken" ] || continue
			echo -n >"$j/taken" || continue
			echo -n >"/run/uk/active/${j##*/}"
			run_job "$j" &
		done
		read -r up _ </proc/uptime
		now=${up%.*}
		set -- /run/uk/active/*
		[ -e "$1" ] && last=$now
		if [ $((now - last)) -ge "$IDLE" ]; then
			finish "idle for $IDLE s"
		fi
		usleep 200000
	done
	finish stop
}
( take_jobs )
echo "dom0-init: the job loop exited (status $?)"
echo "failed: the job loop in dom0 exited" >/share/state
finish "error: the job loop exited"
