"""NIC drivers end to end (docs/net.md): tests/netdrv/rawframe.c, a
unikernel that speaks raw Ethernet through uknetdev with no network
stack, is booted on each platform's NIC and exchanges ARP and ICMP
(and, where the device offers it, a UDP datagram whose checksum the
device completes) with a real peer: QEMU's user networking (its gateway
10.0.2.2), or the Linux kernel on a tap inside a network namespace the
test creates (`unshare -n`), never the host's. Every wait in the guest is
bounded (3 s per reply), every run by the harness's timeout.

Every guest runs through `uklink run --net tap:NAME|user[,...]`, which adds
the NIC as the target's facts say. kvm: virtio-net over each transport:
MMIO legacy (uklink's own microvm) and modern, PCI modern and legacy
(QEMU pc, q35): tests/netdrv/qemu_net.py (UKLINK_QEMU) changes machine and
NIC model in the command uklink built. linuxu: the tap driver on the
namespace's tap. xen: netfront against dom0's netback, the vif on a bridge
that joins dom0's own NIC on the namespace's tap (tests/netdrv/dom0-net.sh,
run by dom0 before the guest), in a Xen runner of the test's own
(tests/xen/xenrun.py) started inside the namespace.

Also a host program (no boot): libpool/virtio/tests/host/kick_race.c
drives virtqueue.c against a model of QEMU's split queue in which the
device's last read of the index and the driver's kick cross (the lost
notification behind issue 15's soak stall); the next kick must repair it."""
import os
import re
import shlex
import subprocess
import sys

import pytest

from uktest import ROOT, BOOT_TIMEOUT, Result, compile_c, have, link, uklink

SRC = ROOT / "tests" / "netdrv" / "rawframe.c"
QEMU_NET = ROOT / "tests" / "netdrv" / "qemu_net.py"
PINGER = ROOT / "tests" / "netdrv" / "pinger.py"
FUZZER = ROOT / "tests" / "netdrv" / "fuzzer.py"
XENRUN = ROOT / "tests" / "xen" / "xenrun.py"
DOM0_NET = ROOT / "tests" / "netdrv" / "dom0-net.sh"
UKLINK = os.environ.get("UKLINK", str(ROOT / "uklink" / "build" / "uklink"))
PY = shlex.quote(sys.executable)
TAP_GUEST, TAP_PEER = "10.77.0.2", "10.77.0.1"
USER_GUEST, USER_PEER = "10.0.2.15", "10.0.2.2"
QEMU_MAC = "52:54:00:12:34:56"      # QEMU's default for the first NIC

# kvm variants: (machine, NIC model, more QEMU arguments, the transport
# the driver must report); None: uklink's own (microvm, virtio-mmio).
KVM = {
    "mmio-legacy": (None, None, "", "mmio-legacy"),
    "mmio-modern": (None, None, "-global virtio-mmio.force-legacy=false", "mmio"),
    "pci-modern": ("pc", "virtio-net-pci,romfile=,host_mtu=1500", "", "pci"),
    "pci-legacy": ("pc", "virtio-net-pci,romfile=,disable-modern=on", "", "pci-legacy"),
    "q35-modern": ("q35", "virtio-net-pci,romfile=,disable-legacy=on", "", "pci"),
    # legacy without ANY_LAYOUT and MRG_RXBUF: the header in a descriptor
    # of its own, 10 bytes, one buffer per frame
    "pci-legacy-split": ("pc", "virtio-net-pci,romfile=,disable-modern=on,"
                         "any_layout=off,mrg_rxbuf=off", "", "pci-legacy"),
    # no MSI-X capability (vectors=0): interrupts on the INTx line, the
    # modern and the legacy transport
    "pci-modern-intx": ("pc", "virtio-net-pci,romfile=,vectors=0", "", "pci"),
    "pci-legacy-intx": ("pc", "virtio-net-pci,romfile=,disable-modern=on,vectors=0",
                        "", "pci-legacy"),
}
# How each variant's device interrupts (the virtio library's log line):
# MSI-X, a vector per queue, wherever the device has it and the
# transport is modern PCI; else its bus's line.
MSIX = re.compile(r"virtio pci 00:0[0-9a-f]\.0: MSI-X, 2 vectors")
INTX = re.compile(r"virtio pci \S+: INTx, line \d+")

needs_netns = pytest.mark.skipif(
    os.geteuid() != 0 or not have("unshare") or not have("ip")
    or not os.path.exists("/dev/net/tun"),
    reason="needs root, unshare, ip and /dev/net/tun (a tap in a private network namespace)")


def build(tmp, plat, *opts, name=None):
    cflags = uklink("--plat", plat, "--cflags").out.split()
    obj = compile_c(SRC, tmp / f"rawframe.{plat}.o", cc="clang-19",
                    flags=["-flto", "-O2", *cflags])
    return link([obj], tmp / f"rawframe.{name or plat}", *opts, plat=plat)


@pytest.fixture(scope="module")
def images(tmp_path_factory):
    # kvm: info messages on, so the driver names the transport it chose.
    t = tmp_path_factory.mktemp("rawframe")
    # kvm-poll: halting after a spin (KVM_HALT_POLL_US, timer.c), so
    # that interrupts also arrive while the idle loop polls.
    return {"kvm": build(t, "kvm", "-D", "UKDEBUG_LOGLVL=4"),
            "kvm-poll": build(t, "kvm", "-D", "UKDEBUG_LOGLVL=4",
                              "-D", "KVM_HALT_POLL_US=200", name="kvm-poll"),
            "linuxu": build(t, "linuxu")}


def run_cmd(plat, image, net, args, variant="mmio-legacy"):
    """The shell command that boots @image with `uklink run --net NET`,
    and the environment it needs (kvm variants: the QEMU stand-in)."""
    env = {}
    if plat == "kvm":
        machine, device, extra, _ = KVM[variant]
        if machine or device or extra:
            env = {"UKLINK_QEMU": str(QEMU_NET), "UKNET_MACHINE": machine or "",
                   "UKNET_DEVICE": device or "", "UKNET_QEMU_ARGS": extra}
    cmd = (f"{shlex.quote(UKLINK)} run --plat {plat} --net {net} "
           f"{shlex.quote(str(image))} {args}")
    return cmd, env


def in_netns(script, env=None, timeout=BOOT_TIMEOUT):
    """Runs @script (sh) in a new network namespace, which disappears
    with it; the tap `uktap0` there has the peer's address."""
    setup = ("set -e; ip link set lo up; ip tuntap add dev uktap0 mode tap; "
             f"ip addr add {TAP_PEER}/24 dev uktap0; ip link set uktap0 up; "
             "set +e; ")
    return Result(subprocess.run(["unshare", "-n", "sh", "-c", setup + script],
                                 capture_output=True, timeout=timeout,
                                 env={**os.environ, **(env or {})}))


def on_tap(plat, image, args, variant="mmio-legacy", before="", after=""):
    """Boots @image on the namespace's tap uktap0, after the shell words
    @before (background helpers) and before @after."""
    cmd, env = run_cmd(plat, image, "tap:uktap0", f"{TAP_GUEST} {TAP_PEER} {args}",
                       variant)
    return in_netns(before + cmd + after, env=env)


def check(r, driver):
    out = r.out + r.err
    assert f"netdev0: {driver} mac " in out, r
    assert "burst: 16 of 16 replies" in out and "chain: ok" in out, r
    assert "SUCCESS" in out and "FAIL" not in out, r
    assert r.rc == 0, r
    return out


@pytest.mark.parametrize("variant", ["mmio-legacy", "mmio-modern", "q35-modern"])
def test_kvm_virtio_user(images, variant):
    cmd, env = run_cmd("kvm", images["kvm"], "user",
                       f"{USER_GUEST} {USER_PEER} csum", variant)
    r = Result(subprocess.run(["sh", "-c", cmd], capture_output=True,
                              timeout=BOOT_TIMEOUT, env={**os.environ, **env}))
    out = check(r, "virtio-net")
    assert f"({KVM[variant][3]}): features" in out, r
    assert variant != "q35-modern" or MSIX.search(out), r
    # QEMU's user networking has no vnet header: no checksum offload.
    assert "csum offload: not offered" in out, r


@needs_netns
@pytest.mark.parametrize("variant", ["pci-modern", "pci-legacy", "pci-legacy-split"])
def test_kvm_virtio_tap(images, variant):
    r = on_tap("kvm", images["kvm"], "csum lro", variant)
    out = check(r, "virtio-net")
    transport = KVM[variant][3]
    assert f"({transport}): features" in out, r
    # A tap backend has vnet headers: the device completes checksums,
    # and the peer answers only a datagram with a correct one; it also
    # coalesces TCP (GUEST_TSO4/6, negotiated again at configure).
    assert "csum offload: ok" in out, r
    # The features the issue asks for were negotiated: CSUM, GUEST_CSUM,
    # MAC, MRG_RXBUF, STATUS, EVENT_IDX (+ VERSION_1 on a modern device,
    # MTU where QEMU offers it: host_mtu=); ANY_LAYOUT on legacy ones.
    feats = int(re.search(r"\((?:pci|pci-legacy)\): features (0x[0-9a-f]+)", out)[1], 16)
    split = variant == "pci-legacy-split"
    want = [0, 1, 5, 16, 29] + ([32, 3] if transport == "pci" else []) + \
        ([] if split else [15]) + ([27] if transport == "pci-legacy" and not split else [])
    assert all(feats >> b & 1 for b in want), f"features {feats:#x}: {r}"
    assert not split or not feats >> 27 & 1 and not feats >> 15 & 1, r
    if split:   # large receive needs MRG_RXBUF
        assert "lro: not offered" in out, r
    else:
        assert "lro: on" in out and ": large receive, features" in out, r


# The peer pings the guest too (60 requests, 12 s at most), so frames come
# unasked while the guest is halted: only an interrupt wakes it.
PING = (f"{PY} {shlex.quote(str(PINGER))} {TAP_GUEST} 60 >/dev/null 2>&1 & P=$!; ")
PING_END = "; rc=$?; kill $P; exit $rc"
CASES = {"kvm-mmio": ("kvm", "mmio-legacy"), "kvm-pci": ("kvm", "pci-modern"),
         "linuxu-tap": ("linuxu", None)}
# Receive interrupts on PCI without MSI-X too: the INTx fallback; and
# with halt polling on (the image kvm-poll).
IRQ_CASES = {**CASES, "kvm-pci-intx": ("kvm", "pci-modern-intx"),
             "kvm-pci-legacy-intx": ("kvm", "pci-legacy-intx"),
             "kvm-pci-poll": ("kvm", "pci-modern")}


@needs_netns
@pytest.mark.parametrize("case", IRQ_CASES)
def test_rx_interrupts(images, case):
    """Receiving by interrupt (rx_event from the device's interrupt, the
    guest halted in between): 3 echo requests from the peer served. A
    modern PCI device interrupts by MSI-X (the receive queue's own
    vector), one without the capability (vectors=0) on its INTx line."""
    plat, variant = IRQ_CASES[case]
    image = images["kvm-poll" if case == "kvm-pci-poll" else plat]
    r = on_tap(plat, image, "irq serve", variant, PING, PING_END)
    out = check(r, "virtio-net" if plat == "kvm" else "tap")
    assert "irq: on" in out and "served: 3 echo requests" in out, r
    if variant == "pci-modern":
        assert MSIX.search(out) and not INTX.search(out), r
    elif variant and variant.startswith("pci"):
        assert INTX.search(out) and "MSI-X" not in out, r
    elif plat == "kvm":
        assert re.search(r"virtio virtio-mmio \S+: line \d+", out), r


def tap_mac(name):
    """The MAC address libpool/tap gives the guest on interface @name:
    02:75 and the FNV-1a hash of the name."""
    h = 2166136261
    for c in name.encode():
        h = ((h ^ c) * 16777619) & 0xffffffff
    return ":".join(f"{b:02x}" for b in (0x02, 0x75, *h.to_bytes(4, "big")))


@needs_netns
@pytest.mark.parametrize("case", CASES)
def test_random_frames(images, case):
    """2,000 random frames (bare headers to 9,000-byte jumbo frames, the
    tap's MTU raised for them; random contents, to the guest, broadcast or
    elsewhere) sent at the guest while it works: it keeps answering,
    serves 3 echo requests at the end, and no frame crashes it. Virtio
    takes jumbo frames as buffer chains (MRG_RXBUF); tap reads cut them
    to its buffers."""
    plat, variant = CASES[case]
    mac = QEMU_MAC if plat == "kvm" else tap_mac("uktap0")
    # The fuzzer ends by itself (count and time bounded): waited for.
    bg = (f"ip link set uktap0 mtu 9000; " + PING +
          f"{PY} {shlex.quote(str(FUZZER))} uktap0 {mac} 9000 2000 8 & F=$!; ")
    r = on_tap(plat, images[plat], "irq serve", variant, bg,
               "; rc=$?; kill $P; wait $F; exit $rc")
    out = check(r, "virtio-net" if plat == "kvm" else "tap")
    assert "served: 3 echo requests" in out and "fuzzer: sent" in out, r


@needs_netns
def test_linuxu_tap(images):
    r = on_tap("linuxu", images["linuxu"], "csum")
    out = check(r, "tap")
    assert f"netdev0: tap mac {tap_mac('uktap0')}" in out, r
    # tap: no checksum offload (no IFF_VNET_HDR).
    assert "csum offload: not offered" in out, r


def test_linuxu_no_tap_named(images):
    """Without UKNETDEV_TAP there is no device, and the program says so."""
    env = {k: v for k, v in os.environ.items() if k != "UKNETDEV_TAP"}
    r = Result(subprocess.run([UKLINK, "run", "--plat", "linuxu",
                               str(images["linuxu"]), TAP_GUEST, TAP_PEER],
                              capture_output=True, timeout=BOOT_TIMEOUT, env=env))
    assert "FAIL no network device" in r.out and r.rc == 1, r


def test_kvm_no_nic(images):
    """No NIC on the machine: no device, said so, nothing hangs."""
    r = uklink("run", "--plat", "kvm", images["kvm"], USER_GUEST, USER_PEER)
    assert "FAIL no network device" in r.out and r.rc == 1, r


def test_run_net_commands(images):
    """What `uklink run --net` adds on each platform (-###), and what it
    refuses: user networking where the target has none, bad syntax."""
    img = images["kvm"]
    r = uklink("run", "--plat", "kvm", "-###", "--net",
               "user,hostfwd=tcp:127.0.0.1:8080-:80", img, "a")
    assert r.rc == 0 and "-M microvm,rtc=on,acpi=off " in r.out, r
    assert ("-netdev user,id=n0,hostfwd=tcp:127.0.0.1:8080-:80 "
            "-device virtio-net-device,netdev=n0") in r.out, r
    r = uklink("run", "--plat", "kvm", "-###", "--net", "tap:tap7", img)
    assert ("-netdev tap,id=n0,ifname=tap7,script=no,downscript=no,vhost=off "
            "-device virtio-net-device,netdev=n0") in r.out, r
    r = uklink("run", "--plat", "kvm", "-###", img)
    assert "-netdev" not in r.out, r
    r = uklink("run", "--plat", "xen", "-###", "--net", "tap:xenbr0", img)
    assert r.rc == 0 and "vif = [ 'bridge=xenbr0' ]" in r.out, r
    r = uklink("run", "--plat", "xen", "-###", img)
    assert "vif" not in r.out, r
    r = uklink("run", "--plat", "linuxu", "-###", "--net", "tap:uktap0",
               images["linuxu"], "x")
    assert r.out.splitlines()[0] == "UKNETDEV_TAP=uktap0", r
    for plat in ("linuxu", "xen"):
        r = uklink("run", "--plat", plat, "-###", "--net", "user", img)
        assert r.rc == 1 and "has no user network (no run_net_user fact)" in r.err, r
    for bad in ("bogus", "tap:", "tap:a,b", "tap:waytoolonginterface"):
        r = uklink("run", "--plat", "kvm", "--net", bad, img)
        assert r.rc == 2 and "--net" in r.err, r


@pytest.mark.xen
@needs_netns
@pytest.mark.skipif(os.environ.get("UK_SKIP_XEN") == "1", reason="UK_SKIP_XEN=1")
@pytest.mark.skipif(not XENRUN.exists(),
                    reason="needs tests/xen/xenrun.py (the shared Xen runner)")
def test_xen_netfront(tmp_path):
    """The config `uklink run --plat xen --net tap:xenbr0` writes (its vif
    on dom0's bridge xenbr0), booted by a Xen runner of the test's own,
    inside the test's network namespace: dom0 has a virtio NIC on the
    namespace's tap, which its bridge joins (dom0-net.sh), so frames go
    netfront -> netback -> bridge -> dom0's NIC -> the tap -> Linux."""
    img = build(tmp_path, "xen")
    r = uklink("run", "--plat", "xen", "-###", "--net", "tap:xenbr0", "-m", "16",
               img, TAP_GUEST, TAP_PEER, "csum", "irq")
    assert r.rc == 0, r
    cfg = tmp_path / "rawframe.cfg"
    cfg.write_text("".join(l + "\n" for l in r.out.splitlines() if " = " in l))
    # A runner of its own: the session's shared one (UK_XEN_RUNNER, set in
    # os.environ by conftest.py, which in_netns merges in) has neither
    # dom0's NIC nor the bridge. An empty value means "private".
    env = {"UK_XEN_RUNNER": "", "UK_XEN_RUNNER_OWNER": ""}
    env["UK_XEN_DOM0_SETUP"] = str(DOM0_NET)
    env["UK_XEN_QEMU_ARGS"] = ("-netdev tap,id=d0,ifname=uktap0,script=no,"
                               "downscript=no -device virtio-net-pci,netdev=d0,romfile=")
    r = in_netns(f"{PY} {shlex.quote(str(XENRUN))} run {shlex.quote(str(cfg))} "
                 "--timeout 120", env=env, timeout=600)
    out = check(r, "netfront")
    assert "csum offload: ok" in out and "irq: on" in out, r


def test_virtqueue_kick_race(tmp_path):
    """A notification lost to a crossing of the device's avail_event and
    the driver's index is repaired by the driver's next kick (with or
    without new entries): the device model never stays asleep with
    entries published for longer than one kick."""
    lp = ROOT / "libpool"
    exe = tmp_path / "kick_race"
    inc = [f"-I{d}" for d in (lp / "virtio" / "include", lp / "ukalloc" / "include",
                              lp / "ukdebug" / "include", lp / "ukbus" / "include",
                              lp / "ukboot" / "include", ROOT / "plat" / "common" / "include")]
    r = subprocess.run(["gcc", "-O1", "-Wall", "-Werror", *inc,
                        str(lp / "virtio" / "tests" / "host" / "kick_race.c"),
                        str(lp / "virtio" / "virtqueue.c"), "-o", str(exe)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([str(exe), "200000"], capture_output=True, text=True, timeout=120)
    print(r.stdout)
    assert r.returncode == 0 and r.stdout.splitlines()[-1] == "0 failed", r.stdout
    assert re.search(r" [1-9]\d* crossings", r.stdout), r.stdout
