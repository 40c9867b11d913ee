"""NIC drivers end to end (docs/net.md): tests/netdrv/rawframe.c, a
unikernel that speaks raw Ethernet through uknetdev with no network
stack, is booted on each platform's NIC and exchanges ARP and ICMP
(and, where the device offers it, a UDP datagram whose checksum the
device completes) with a real peer: QEMU's user networking (its gateway
10.0.2.2), or the Linux kernel on a tap inside a network namespace the
test creates (`unshare -n`), never the host's. Every wait in the guest
is bounded (3 s per reply), every run by the harness's timeout.

kvm: virtio-net over each transport: MMIO legacy and modern (microvm
with acpi=off: QEMU names the device on the command line), PCI modern
and legacy (QEMU pc, q35). Until `uklink run --net` exists, QEMU is
reached through tests/netdrv/qemu_net.py (UKLINK_QEMU), which sets the
machine and adds the NIC.

xen: netfront against dom0's netback, the vif on a bridge whose address
is the peer (tests/netdrv/dom0-net.sh, run by dom0 before the guest), in
a Xen runner of the test's own (tests/xen/xenrun.py)."""
import os
import shlex
import subprocess
import sys

import pytest

from uktest import ROOT, BOOT_TIMEOUT, Result, compile_c, have, link, uklink

SRC = ROOT / "tests" / "netdrv" / "rawframe.c"
PINGER = ROOT / "tests" / "netdrv" / "pinger.py"
QEMU_NET = ROOT / "tests" / "netdrv" / "qemu_net.py"
UKLINK = os.environ.get("UKLINK", str(ROOT / "uklink" / "build" / "uklink"))
TAP_GUEST, TAP_PEER = "10.77.0.2", "10.77.0.1"
USER_GUEST, USER_PEER = "10.0.2.15", "10.0.2.2"
MICROVM = "microvm,rtc=on,acpi=off"
TAPDEV = "-netdev tap,id=n0,ifname=uktap0,script=no,downscript=no,vhost=off"
USERDEV = "-netdev user,id=n0"

needs_netns = pytest.mark.skipif(
    os.geteuid() != 0 or not have("unshare") or not have("ip")
    or not os.path.exists("/dev/net/tun"),
    reason="needs root, unshare, ip and /dev/net/tun (a tap in a private network namespace)")


def build(tmp, plat, *opts):
    cflags = uklink("--plat", plat, "--cflags").out.split()
    obj = compile_c(SRC, tmp / "rawframe.o", cc="clang-19",
                    flags=["-flto", "-O2", *cflags])
    return link([obj], tmp / f"rawframe.{plat}", *opts, plat=plat)


@pytest.fixture(scope="module")
def kvm_image(tmp_path_factory):
    # Info messages on: the driver names the transport it chose.
    return build(tmp_path_factory.mktemp("kvm"), "kvm", "-D", "UKDEBUG_LOGLVL=4")


@pytest.fixture(scope="module")
def linuxu_image(tmp_path_factory):
    return build(tmp_path_factory.mktemp("linuxu"), "linuxu")


def in_netns(script, env=None, timeout=BOOT_TIMEOUT):
    """Runs @script (sh) in a new network namespace, which disappears
    with it; the tap `uktap0` there has the peer's address."""
    setup = ("set -e; ip link set lo up; ip tuntap add dev uktap0 mode tap; "
             f"ip addr add {TAP_PEER}/24 dev uktap0; ip link set uktap0 up; "
             "set +e; ")
    return Result(subprocess.run(["unshare", "-n", "sh", "-c", setup + script],
                                 capture_output=True, timeout=timeout,
                                 env={**os.environ, **(env or {})}))


def check(r, driver):
    out = r.out + r.err
    assert f"netdev0: {driver} mac " in out, r
    assert "burst: 16 of 16 replies" in out and "chain: ok" in out, r
    assert "SUCCESS" in out and "FAIL" not in out, r
    assert r.rc == 0, r
    return out


# (machine, device, transport the driver must report, checksum offload)
KVM_USER = {
    "mmio-legacy": (MICROVM, "-device virtio-net-device,netdev=n0", "mmio-legacy"),
    "mmio-modern": (MICROVM, "-global virtio-mmio.force-legacy=false "
                    "-device virtio-net-device,netdev=n0", "mmio"),
    "pci-q35-modern": ("q35", "-device virtio-net-pci,netdev=n0,romfile=,"
                       "disable-legacy=on", "pci"),
}
KVM_TAP = {
    "pci-modern": ("pc", "-device virtio-net-pci,netdev=n0,romfile=,"
                   "host_mtu=1500", "pci"),
    "pci-legacy": ("pc", "-device virtio-net-pci,netdev=n0,romfile=,"
                   "disable-modern=on", "pci-legacy"),
}


def kvm_env(machine, dev):
    return {"UKLINK_QEMU": str(QEMU_NET), "UKNET_MACHINE": machine,
            "UKNET_QEMU_ARGS": dev}


@pytest.mark.parametrize("variant", KVM_USER)
def test_kvm_virtio_user(kvm_image, variant):
    machine, dev, transport = KVM_USER[variant]
    r = Result(subprocess.run(
        [UKLINK, "run", "--plat", "kvm", str(kvm_image), USER_GUEST, USER_PEER, "csum"],
        capture_output=True, timeout=BOOT_TIMEOUT,
        env={**os.environ, **kvm_env(machine, f"{USERDEV} {dev}")}))
    out = check(r, "virtio-net")
    assert f"({transport}): features" in out, r
    # QEMU's user networking has no vnet header: no checksum offload.
    assert "csum offload: not offered" in out, r


@needs_netns
@pytest.mark.parametrize("variant", KVM_TAP)
def test_kvm_virtio_tap(kvm_image, variant):
    machine, dev, transport = KVM_TAP[variant]
    r = in_netns(f"{shlex.quote(UKLINK)} run --plat kvm {shlex.quote(str(kvm_image))} "
                 f"{TAP_GUEST} {TAP_PEER} csum lro",
                 env=kvm_env(machine, f"{TAPDEV} {dev}"))
    out = check(r, "virtio-net")
    assert f"({transport}): features" in out, r
    # A tap backend has vnet headers: the device completes checksums,
    # and the peer answers only a datagram with a correct one; it also
    # coalesces TCP (GUEST_TSO4/6, negotiated again at configure).
    assert "csum offload: ok" in out, r
    assert "lro: on" in out and ": large receive, features" in out, r


IRQ_CASES = {
    "kvm-mmio": ("kvm", MICROVM, "-device virtio-net-device,netdev=n0"),
    "kvm-pci": ("kvm", "pc", "-device virtio-net-pci,netdev=n0,romfile="),
    "linuxu-tap": ("linuxu", None, None),
}


@needs_netns
@pytest.mark.parametrize("case", IRQ_CASES)
def test_rx_interrupts(kvm_image, linuxu_image, case):
    """Receiving by interrupt (rx_event from the device's interrupt, the
    guest halted in between): skipped where the platform does not
    implement the interrupt contract yet (the driver then offers no
    RXQ_INTR and says so)."""
    plat, machine, dev = IRQ_CASES[case]
    # The peer pings the guest too (at most 60 requests, 12 s), so frames
    # come unasked while the guest is halted: only an interrupt wakes it.
    pinger = (f"{shlex.quote(sys.executable)} {shlex.quote(str(PINGER))} "
              f"{TAP_GUEST} 60 >/dev/null 2>&1 & P=$!; ")
    done = "; rc=$?; kill $P; exit $rc"
    if plat == "kvm":
        r = in_netns(pinger +
                     f"{shlex.quote(UKLINK)} run --plat kvm {shlex.quote(str(kvm_image))} "
                     f"{TAP_GUEST} {TAP_PEER} irq serve" + done,
                     env=kvm_env(machine, f"{TAPDEV} {dev}"))
    else:
        r = in_netns(pinger +
                     f"{shlex.quote(str(linuxu_image))} {TAP_GUEST} {TAP_PEER} irq serve"
                     + done, env={"UKNETDEV_TAP": "uktap0"})
    if "irq: not offered" in r.out:
        pytest.skip(f"{plat}: no receive interrupts (the platform has no "
                    "ukplat_irq_register yet)")
    out = check(r, "virtio-net" if plat == "kvm" else "tap")
    assert "irq: on" in out and "served: 3 echo requests" in out, r


FUZZER = ROOT / "tests" / "netdrv" / "fuzzer.py"


def tap_mac(name):
    """The MAC address libpool/tap gives the guest on interface @name:
    02:75 and the FNV-1a hash of the name."""
    h = 2166136261
    for c in name.encode():
        h = ((h ^ c) * 16777619) & 0xffffffff
    return ":".join(f"{b:02x}" for b in (0x02, 0x75, *h.to_bytes(4, "big")))
FUZZ_CASES = {
    "kvm-pci": ("kvm", "pc", "-device virtio-net-pci,netdev=n0,romfile="),
    "kvm-mmio-legacy": ("kvm", MICROVM, "-device virtio-net-device,netdev=n0"),
    "linuxu-tap": ("linuxu", None, None),
}


@needs_netns
@pytest.mark.parametrize("case", FUZZ_CASES)
def test_random_frames(kvm_image, linuxu_image, case):
    """2,000 random frames (bare headers to 9,000-byte jumbo frames, the
    tap's MTU raised for them; random contents, to the guest, broadcast or
    elsewhere) sent at the guest while it works: it keeps answering,
    serves 3 echo requests at the end, and no frame crashes it. Virtio
    takes jumbo frames as buffer chains (MRG_RXBUF); tap reads cut them
    to its buffers."""
    plat, machine, dev = FUZZ_CASES[case]
    mac = "52:54:00:12:34:56"     # QEMU's default for the first NIC
    py = shlex.quote(sys.executable)
    bg = (f"ip link set uktap0 mtu 9000; "
          f"{py} {shlex.quote(str(PINGER))} {TAP_GUEST} 60 >/dev/null 2>&1 & P=$!; ")
    # The fuzzer ends by itself (count and time bounded): waited for.
    done = "; rc=$?; kill $P; wait $F; exit $rc"
    if plat == "kvm":
        fuzz = f"{py} {shlex.quote(str(FUZZER))} uktap0 {mac} 9000 2000 8 & F=$!; "
        r = in_netns(bg + fuzz +
                     f"{shlex.quote(UKLINK)} run --plat kvm {shlex.quote(str(kvm_image))} "
                     f"{TAP_GUEST} {TAP_PEER} irq serve" + done,
                     env=kvm_env(machine, f"{TAPDEV} {dev}"))
    else:
        fuzz = (f"{py} {shlex.quote(str(FUZZER))} uktap0 {tap_mac('uktap0')} "
                "9000 2000 8 & F=$!; ")
        r = in_netns(bg + fuzz +
                     f"{shlex.quote(str(linuxu_image))} {TAP_GUEST} {TAP_PEER} irq serve"
                     + done, env={"UKNETDEV_TAP": "uktap0"})
    out = check(r, "virtio-net" if plat == "kvm" else "tap")
    assert "served: 3 echo requests" in out, r
    assert "fuzzer: sent" in out, r


@needs_netns
def test_linuxu_tap(linuxu_image):
    r = in_netns(f"{shlex.quote(str(linuxu_image))} {TAP_GUEST} {TAP_PEER} csum",
                 env={"UKNETDEV_TAP": "uktap0"})
    out = check(r, "tap")
    assert "netdev0: tap mac 02:75:" in out, r
    # tap: no checksum offload (no IFF_VNET_HDR).
    assert "csum offload: not offered" in out, r


def test_linuxu_no_tap_named(linuxu_image):
    """Without UKNETDEV_TAP there is no device, and the program says so."""
    r = Result(subprocess.run([str(linuxu_image), TAP_GUEST, TAP_PEER],
                              capture_output=True, timeout=BOOT_TIMEOUT,
                              env={k: v for k, v in os.environ.items()
                                   if k != "UKNETDEV_TAP"}))
    assert "FAIL no network device" in r.out and r.rc == 1, r


def test_kvm_no_nic(kvm_image):
    """No NIC on the machine: no device, said so, nothing hangs."""
    r = Result(subprocess.run(
        [UKLINK, "run", "--plat", "kvm", str(kvm_image), USER_GUEST, USER_PEER],
        capture_output=True, timeout=BOOT_TIMEOUT))
    assert "FAIL no network device" in r.out and r.rc == 1, r


XENRUN = ROOT / "tests" / "xen" / "xenrun.py"
DOM0_NET = ROOT / "tests" / "netdrv" / "dom0-net.sh"


@pytest.mark.xen
@pytest.mark.skipif(os.environ.get("UK_SKIP_XEN") == "1", reason="UK_SKIP_XEN=1")
@pytest.mark.skipif(not XENRUN.exists(),
                    reason="needs tests/xen/xenrun.py (the shared Xen runner)")
def test_xen_netfront(tmp_path):
    img = build(tmp_path, "xen")
    cfg = tmp_path / "rawframe.cfg"
    cfg.write_text(f"""name = "rawframe-{os.getpid()}"
type = "pv"
kernel = "{img}"
extra = "{TAP_GUEST} {TAP_PEER} csum irq"
memory = 16
vif = [ 'mac=00:16:3e:00:00:02,bridge=xenbr0,script=vif-uk' ]
on_poweroff = "destroy"
on_reboot = "destroy"
on_crash = "destroy"
""")
    # A runner of its own: dom0 must have run dom0-net.sh before the guest.
    env = {k: v for k, v in os.environ.items() if not k.startswith("UK_XEN_RUNNER")}
    env["UK_XEN_DOM0_SETUP"] = str(DOM0_NET)
    r = Result(subprocess.run([sys.executable, str(XENRUN), "run", str(cfg),
                               "--timeout", "120"],
                              capture_output=True, timeout=600, env=env))
    out = check(r, "netfront")
    assert "netdev0: netfront mac 00:16:3e:00:00:02" in out, r
    assert "csum offload: ok" in out and "irq: on" in out, r
