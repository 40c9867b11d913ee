# dom0's side of the netfront test (UK_XEN_DOM0_SETUP for
# tests/xen/xenrun.py; busybox sh in dom0): netback, and a network
# namespace of the test's own in dom0 (unshare -n, held by a sleeping
# process whose pid /run/uk-netns.pid names) holding a bridge xenbr0 that
# joins dom0's NIC if it has one (moved into the namespace; then the peer
# is beyond it: a tap of the test's namespace on the host), else holds
# the peer's address 10.77.0.1/24 itself (dom0's kernel answers ARP and
# ICMP there); and a busybox vif-bridge hotplug script, the one xl runs
# for `vif = [ 'bridge=xenbr0' ]` (what `uklink run --net tap:xenbr0`
# writes), that moves each vif netback creates into the namespace and
# onto its bridge: Xen's own needs bash, which this dom0 lacks. dom0's
# own namespace gets no link, address or route.
set -e
# Only in the test's dom0 (a VM that tests/xen/xenrun.py boots in QEMU),
# never on the host. Anywhere else this stops before touching anything.
if ! grep -qs control_d /proc/xen/capabilities; then
	echo "dom0-net: not a Xen dom0: nothing done" >&2
	exit 1
fi
modprobe xen-netback
modprobe bridge
# A NIC for dom0 (UK_XEN_QEMU_ARGS: a virtio-net on a tap of the host's
# test namespace): the bridge joins it, and the peer is beyond the tap.
# Without one, dom0 itself is the peer.
modprobe virtio_net 2>/dev/null || true
unshare -n sleep 2147483647 </dev/null >/dev/null 2>&1 &
ns=$!
# unshare enters the namespace, then becomes sleep: wait for the first.
i=0
while [ "$(readlink /proc/$ns/ns/net)" = "$(readlink /proc/self/ns/net)" ]; do
	i=$((i + 1))
	[ $i -lt 500 ] || { echo "dom0-net: no namespace" >&2; exit 1; }
	usleep 10000
done
echo $ns >/run/uk-netns.pid
inns() { nsenter -t "$ns" -n "$@"; }
inns ip link set lo up
inns brctl addbr xenbr0
inns ip link set xenbr0 up
sleep 1
if [ -e /sys/class/net/eth0 ]; then
	ip link set eth0 netns "$ns"
	inns brctl addif xenbr0 eth0
	inns ip link set eth0 up
	echo "dom0-net: eth0 on xenbr0"
else
	inns ip addr add 10.77.0.1/24 dev xenbr0
fi
mkdir -p /etc/xen/scripts
cat >/etc/xen/scripts/vif-bridge <<'S'
#!/bin/busybox sh
br=$(xenstore-read "$XENBUS_PATH/bridge" 2>/dev/null || echo xenbr0)
ns=$(cat /run/uk-netns.pid)
case "$1" in
online|add)
	ip link set "$vif" netns "$ns"
	nsenter -t "$ns" -n brctl addif "$br" "$vif"
	nsenter -t "$ns" -n ip link set "$vif" up
	xenstore-write "$XENBUS_PATH/hotplug-status" connected ;;
offline|remove)
	nsenter -t "$ns" -n brctl delif "$br" "$vif" 2>/dev/null ;;
esac
exit 0
S
chmod +x /etc/xen/scripts/vif-bridge
echo "dom0-net: bridge xenbr0 up, in namespace $ns"
