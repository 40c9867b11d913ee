# dom0's side of the netfront test (UK_XEN_DOM0_SETUP for
# tests/xen/xenrun.py; busybox sh in dom0): netback, a bridge xenbr0 that
# joins dom0's NIC if it has one (then the peer is beyond it: a tap of the
# test's namespace), else holds the peer's address 10.77.0.1/24 itself
# (dom0's kernel answers ARP and ICMP),
# and a busybox vif-bridge hotplug script, the one xl runs for
# `vif = [ 'bridge=xenbr0' ]` (what `uklink run --net tap:xenbr0`
# writes), that puts the vif on its bridge: Xen's own needs bash, which
# this dom0 lacks.
set -e
# Only in the test's dom0 (a VM that tests/xen/xenrun.py boots in QEMU),
# never on the host: its bridge and address belong to dom0's own network
# stack, where netback's vifs appear (a namespace inside dom0 would hide
# them from the bridge). Anywhere else this stops before touching a link.
if ! grep -qs control_d /proc/xen/capabilities; then
	echo "dom0-net: not a Xen dom0: nothing done" >&2
	exit 1
fi
modprobe xen-netback
modprobe bridge
brctl addbr xenbr0
ip link set xenbr0 up
# A NIC for dom0 (UK_XEN_QEMU_ARGS: a virtio-net on a tap of the host's
# test namespace): the bridge joins it, and the peer is beyond the tap.
# Without one, dom0 itself is the peer.
modprobe virtio_net 2>/dev/null || true
sleep 1
if [ -e /sys/class/net/eth0 ]; then
	brctl addif xenbr0 eth0
	ip link set eth0 up
	echo "dom0-net: eth0 on xenbr0"
else
	ip addr add 10.77.0.1/24 dev xenbr0
fi
mkdir -p /etc/xen/scripts
cat >/etc/xen/scripts/vif-bridge <<'S'
#!/bin/busybox sh
br=$(xenstore-read "$XENBUS_PATH/bridge" 2>/dev/null || echo xenbr0)
case "$1" in
online|add)
	brctl addif "$br" "$vif"
	ip link set "$vif" up
	xenstore-write "$XENBUS_PATH/hotplug-status" connected ;;
offline|remove)
	brctl delif "$br" "$vif" 2>/dev/null ;;
esac
exit 0
S
chmod +x /etc/xen/scripts/vif-bridge
echo "dom0-net: bridge xenbr0 up"
