# dom0's side of the netfront test (UK_XEN_DOM0_SETUP for
# tests/xen/xenrun.py; busybox sh in dom0): netback, a bridge xenbr0 with
# the peer's address 10.77.0.1/24 (dom0's kernel answers ARP and ICMP),
# and the hotplug script vif-uk (xl: script=vif-uk) that puts each vif on
# the bridge: Xen's own vif-bridge needs bash, which dom0 lacks.
set -e
modprobe xen-netback
modprobe bridge
brctl addbr xenbr0
ip addr add 10.77.0.1/24 dev xenbr0
ip link set xenbr0 up
mkdir -p /etc/xen/scripts
cat >/etc/xen/scripts/vif-uk <<'S'
#!/bin/busybox sh
case "$1" in
online|add)
	brctl addif xenbr0 "$vif"
	ip link set "$vif" up
	xenstore-write "$XENBUS_PATH/hotplug-status" connected ;;
offline|remove)
	brctl delif xenbr0 "$vif" 2>/dev/null ;;
esac
exit 0
S
chmod +x /etc/xen/scripts/vif-uk
echo "dom0-net: bridge xenbr0 10.77.0.1/24 up"
