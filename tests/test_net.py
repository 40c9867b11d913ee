"""Sockets end to end (docs/net.md, "Tests"): tests/net/sockprog.c, one
POSIX program, runs natively on the host and, compiled by a plain
`gcc -c` against glibc's headers and linked by uklink, as a unikernel,
against the same peer (tests/net/peer.py). The transcripts must match:
TCP echo with half-close, refused connect, EADDRINUSE, non-blocking
connect + poll, UDP round trip, 16 MiB with a checksum, 1,000 sequential
connections, 100 concurrent ones over epoll.

Networks: kvm through QEMU user networking (the peer on 127.0.0.1, which
the guest reaches as 10.0.2.2) and through a tap; linuxu through a tap.
Taps live only in network namespaces the test creates (`unshare -n`),
with the 10.78.0.0/24 addresses used nowhere else. Faults: a relay
between two taps drops 5 % of the frames towards the guest and reorders
10 % of them, as tc netem on the guest's tap would (this host's kernel has
no sch_netem), and the 16 MiB up and down still check. Fuzzing: random
malformed frames on the guest's tap while clients connect: the guest keeps
answering; UK_NET_FUZZ_SECONDS (default 10) sets how long (`make soak`:
60). Until `uklink run --net` exists, QEMU's NIC comes from
tests/netdrv/qemu_net.py (UKLINK_QEMU), as in tests/test_netdrv.py. Every
wait is bounded, in the program, the peer and here."""
import os
import shlex
import subprocess

import pytest

from uktest import ROOT, Result, compile_c, have, link

NET = ROOT / "tests" / "net"
SRC = NET / "sockprog.c"
PEER = NET / "peer.py"
QEMU_NET = ROOT / "tests" / "netdrv" / "qemu_net.py"
UKLINK = os.environ.get("UKLINK", str(ROOT / "uklink" / "build" / "uklink"))
TIMEOUT = 600
GUEST, HOST = "10.78.0.2", "10.78.0.1"
MICROVM = "microvm,rtc=on,acpi=off"
LINES = ("echo:", "refused:", "addrinuse:", "nonblock:", "udp:", "big:",
         "sequential:", "concurrent:", "serve:", "SUCCESS", "FAILURE", "FAIL")

needs_netns = pytest.mark.skipif(
    os.geteuid() != 0 or not have("unshare") or not have("ip")
    or not os.path.exists("/dev/net/tun"),
    reason="needs root, unshare, ip and /dev/net/tun (taps in a private network namespace)")


def transcript(out):
    return [l for l in out.splitlines() if l.startswith(LINES)]


@pytest.fixture(scope="module")
def native(tmp_path_factory):
    """sockprog built and run on the host against the peer on 127.0.0.1:
    the reference transcript (and a check of the test itself)."""
    exe = tmp_path_factory.mktemp("native") / "sockprog"
    subprocess.run(["gcc", "-O2", "-o", str(exe), str(SRC)], check=True)
    with Peer("127.0.0.1") as p:
        r = Result(subprocess.run([str(exe), "client", "127.0.0.1", *p.ports],
                                  capture_output=True, timeout=TIMEOUT))
    assert r.rc == 0 and "SUCCESS" in r.out, r
    return transcript(r.out)


@pytest.fixture(scope="module")
def obj(tmp_path_factory):
    """The program as a user builds it for any platform: `gcc -c`."""
    return compile_c(SRC, tmp_path_factory.mktemp("obj") / "sockprog.o",
                     cc="gcc", flags=["-O2"])


@pytest.fixture(scope="module")
def images(obj, tmp_path_factory):
    d = tmp_path_factory.mktemp("img")
    return {p: link([obj], d / f"sockprog.{p}", "-D", "UKDEBUG_LOGLVL=4", plat=p)
            for p in ("kvm", "linuxu")}


class Peer:
    """tests/net/peer.py serving on @addr (this namespace); ends with the
    with-block (its standard input closes)."""

    def __init__(self, addr):
        self.p = subprocess.Popen(["python3", str(PEER), "serve", addr, str(TIMEOUT)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        line = self.p.stdout.readline().split()
        assert line[:1] == ["ports"], line
        self.ports = line[1:]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.p.stdin.close()
        self.p.wait(timeout=30)


def kvm_env(machine, dev):
    return {**os.environ, "UKLINK_QEMU": str(QEMU_NET), "UKNET_MACHINE": machine,
            "UKNET_QEMU_ARGS": dev}


def in_netns(script, timeout=TIMEOUT, env=None):
    """Runs the bash @script in a new network namespace (gone with it),
    whose tap uktap0 has the peer's address unless the script makes its
    own wire. PEER_PORTS: a peer serving on HOST there."""
    setup = f"""set -e
ip link set lo up
ip tuntap add dev uktap0 mode tap
set +e
start_peer() {{
    coproc PEERP {{ python3 {shlex.quote(str(PEER))} serve "$1" {TIMEOUT}; }}
    read -r _ PEER_PORTS <&"${{PEERP[0]}}"
}}
"""
    # The trailing exit keeps bash from exec'ing the last command, which
    # would close the peer's standard input and so end it.
    return Result(subprocess.run(["unshare", "-n", "bash", "-c",
                                  setup + script + "\nexit $?\n"],
                                 capture_output=True, timeout=timeout,
                                 env={**os.environ, **(env or {})}))


def peer_on_tap():
    return f"""ip addr add {HOST}/24 dev uktap0; ip link set uktap0 up
start_peer {HOST}
"""


def check(r, native):
    assert transcript(r.out) == native, r
    assert r.rc == 0, r


def test_kvm_user(images, native):
    """kvm, virtio-net (MMIO) on QEMU's user networking: the peer on
    127.0.0.1 is 10.0.2.2 to the guest."""
    with Peer("127.0.0.1") as p:
        r = Result(subprocess.run(
            [UKLINK, "run", "--plat", "kvm", str(images["kvm"]),
             "netdev.ip=10.0.2.15/24:10.0.2.2", "client", "10.0.2.2", *p.ports],
            capture_output=True, timeout=TIMEOUT,
            env=kvm_env(MICROVM, "-netdev user,id=n0 -device virtio-net-device,netdev=n0")))
    check(r, native)
    assert "receive by interrupt" in r.out, r


@needs_netns
def test_kvm_tap(images, native):
    """kvm, virtio-net (PCI) on a tap backend (vhost off)."""
    dev = ("-netdev tap,id=n0,ifname=uktap0,script=no,downscript=no,vhost=off "
           "-device virtio-net-pci,netdev=n0,romfile=")
    r = in_netns(peer_on_tap() + f"""{shlex.quote(UKLINK)} run --plat kvm \
    {shlex.quote(str(images['kvm']))} netdev.ip={GUEST}/24 client {HOST} $PEER_PORTS
""", env=kvm_env("pc", dev))
    check(r, native)


@needs_netns
def test_linuxu_tap(images, native):
    r = in_netns(peer_on_tap() + f"""UKNETDEV_TAP=uktap0 UKNETDEV_IP={GUEST}/24 \
    {shlex.quote(str(images['linuxu']))} client {HOST} $PEER_PORTS
""")
    check(r, native)


def relay_wire(loss, reorder, seconds):
    """The guest's tap uktap0 joined to the peer's tap uktap1 through
    tests/net/relay.py (loss and reordering both ways)."""
    return f"""sysctl -qw net.ipv6.conf.uktap0.disable_ipv6=1 2>/dev/null
ip link set uktap0 up
python3 {shlex.quote(str(NET / 'relay.py'))} uktap0 uktap1 {loss} {reorder} {seconds} &
RELAYP=$!
for i in $(seq 50); do ip link show uktap1 >/dev/null 2>&1 && break; sleep 0.1; done
ip addr add {HOST}/24 dev uktap1; ip link set uktap1 up
start_peer {HOST}
"""


@needs_netns
def test_linuxu_faults(images, native):
    """5 % loss and reordering towards the guest: every check still holds
    (the sequential count is smaller: each connection pays for its
    losses)."""
    r = in_netns(relay_wire(0.05, 0.10, TIMEOUT - 60) + f"""UKNETDEV_TAP=uktap0 \
    UKNETDEV_IP={GUEST}/24 {shlex.quote(str(images['linuxu']))} client {HOST} $PEER_PORTS 100
rc=$?
kill $RELAYP; wait $RELAYP
(exit $rc)
""")
    want = [l.replace("1000 connections", "100 connections")
            if l.startswith("sequential:") else l for l in native]
    assert transcript(r.out) == want, r
    assert r.rc == 0, r
    assert "dropped" in r.err, r


@needs_netns
def test_linuxu_fuzz(images, tmp_path):
    """Malformed frames on the tap while clients keep connecting to the
    guest's echo server: it never crashes and keeps answering."""
    secs = int(os.environ.get("UK_NET_FUZZ_SECONDS", "10"))
    peer, fuzz = shlex.quote(str(PEER)), shlex.quote(str(NET / "fuzz.py"))
    r = in_netns(f"""ip addr add {HOST}/24 dev uktap0; ip link set uktap0 up
UKNETDEV_TAP=uktap0 UKNETDEV_IP={GUEST}/24 {shlex.quote(str(images['linuxu']))} \
    serve 7000 > {tmp_path}/guest.log 2>&1 &
GUESTP=$!
for i in $(seq 100); do grep -q listening {tmp_path}/guest.log && break; sleep 0.1; done
python3 {peer} clients {GUEST} 7000 5
MAC=$(ip neigh show {GUEST} | awk '{{print $5}}')
python3 {fuzz} uktap0 ${{MAC:-ff:ff:ff:ff:ff:ff}} {GUEST} {HOST} {secs} &
FUZZP=$!
n=0
while kill -0 $FUZZP 2>/dev/null && [ $n -lt 1000 ]; do
    python3 {peer} clients {GUEST} 7000 5 1024 | sed 's/^/during /'; n=$((n+1))
done
wait $FUZZP
python3 {peer} clients {GUEST} 7000 20 4096 quit | sed 's/^/after /'
wait $GUESTP; echo "guest exit $?"
cat {tmp_path}/guest.log
""", timeout=secs + 300)
    out = r.out
    during = [l.split() for l in out.splitlines() if l.startswith("during clients:")]
    ok = sum(int(l[2]) for l in during)
    total = sum(int(l[4]) for l in during)
    assert total >= 5 and ok >= 0.9 * total, r
    assert "after clients: 20 of 20 echoed" in out, r
    assert "guest exit 0" in out and "serve: " in out, r
