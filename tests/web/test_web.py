"""Web servers as unikernels (issue 15; docs/apps.md, "nginx" and "httpd"):
nginx 1.22.1 from Debian's source, compiled by the host's cc and linked
unpatched (apps/nginx), and our apps/httpd, each booted with its
configuration and pages from an initrd and checked from the host by
tests/web/webcheck.py: correct requests (GET, HEAD, 404, keep-alive,
pipelining), then hostile input (truncated requests, a 64 KiB header
field, a 16 KiB URI, invalid methods, garbage), 200 slow clients and a
connection flood past the servers' limits, each followed by correct
requests that must be answered.

- kvm on QEMU's user networking, hostfwd on 127.0.0.1 (a free port):
  correct requests and hostile input. QEMU's user networking itself
  stalls with a hundred fresh connections at once (slirp: connections
  reset or refused on the host side while the same guest serves 400 on a
  tap), so the slow clients and the flood go through a tap:
- kvm and linuxu on a tap in a network namespace the test creates
  (`unshare -n`): every phase. kvm gets its address as a library
  parameter (`netdev.ip=10.77.0.2/24 --`), linuxu from UKNETDEV_IP.
- xen: netfront through the test harness's dom0 bridge (tests/xen/
  xenrun.py, a runner of the test's own started inside its namespace):
  correct requests and hostile input.

The guest's console must show no crash and, for nginx, no [alert],
[crit] or [emerg] line. Every wait is bounded (webcheck.py: 15 s per
socket operation, 180 s for the boot; the guest's --timeout)."""
import os
import shlex
import socket
import subprocess
import sys

import pytest

import newc
from uktest import ACCEL, ROOT, UKLINK, compile_c, have, link, run, skip_xen

CHECK = ROOT / "tests" / "web" / "webcheck.py"
XENRUN = ROOT / "tests" / "xen" / "xenrun.py"
DOM0_NET = ROOT / "tests" / "netdrv" / "dom0-net.sh"
PY = shlex.quote(sys.executable)
GUEST, PEER = "10.77.0.2", "10.77.0.1"
GUEST_TIMEOUT = 900     # the guest's own --timeout: a bound, never reached
NGINX_PREFIX = "usr/local/nginx"

needs_netns = pytest.mark.skipif(
    os.geteuid() != 0 or not have("unshare") or not have("ip")
    or not os.path.exists("/dev/net/tun"),
    reason="needs root, unshare, ip and /dev/net/tun (a tap in a private network namespace)")


def q(p):
    return shlex.quote(str(p))


@pytest.fixture(scope="module")
def nginx_objs():
    r = run(["sh", str(ROOT / "mk" / "appbuild.sh"), "nginx"], timeout=1800)
    assert r.rc == 0, f"building nginx failed: {r}"
    return (ROOT / "build" / "apps" / "nginx" / "nginx.objs").read_text().split()


@pytest.fixture(scope="module")
def page():
    return ROOT / "build" / "src" / "nginx" / "html" / "index.html"


@pytest.fixture(scope="module")
def servers(nginx_objs, page, tmp_path_factory):
    """For each server: its objects, its initrd, its arguments."""
    d = tmp_path_factory.mktemp("web")
    src = ROOT / "build" / "src" / "nginx"
    root = d / "nginx-root"
    for sub in ("conf", "html", "logs"):
        (root / NGINX_PREFIX / sub).mkdir(parents=True)
    conf = root / NGINX_PREFIX / "conf"
    (conf / "nginx.conf").write_bytes((ROOT / "apps/nginx/nginx.conf").read_bytes())
    (conf / "mime.types").write_bytes((src / "conf/mime.types").read_bytes())
    (root / NGINX_PREFIX / "html/index.html").write_bytes(page.read_bytes())
    (d / "nginx.cpio").write_bytes(newc.from_dir(root))

    www = d / "httpd-root" / "www"
    www.mkdir(parents=True)
    (www / "index.html").write_bytes(page.read_bytes())
    (d / "httpd.cpio").write_bytes(newc.from_dir(d / "httpd-root"))
    httpd = [compile_c(ROOT / "apps/httpd" / f, d / f.replace(".c", ".o"),
                       cc="gcc", flags=["-O2"]) for f in ("main.c", "http.c")]
    return {"nginx": (nginx_objs, d / "nginx.cpio"),
            "httpd": (httpd, d / "httpd.cpio")}


_images = {}


def image(servers, name, plat, tmp_path_factory):
    """@name linked for @plat, once per module."""
    if (name, plat) not in _images:
        objs, _ = servers[name]
        out = tmp_path_factory.mktemp(f"{name}-{plat}") / name
        _images[name, plat] = link(objs, out, "-D", f"UKBOOT_ARGV0={name}",
                                   plat=plat)
    return _images[name, plat]


def console_ok(name, text):
    """The guest printed no crash and nginx no alert."""
    bad = [l for l in text.splitlines()
           if any(w in l for w in ("[alert]", "[crit]", "[emerg]", "crash",
                                   "Assertion", "FATAL", "Oops"))]
    assert not bad, f"{name}: console:\n" + "\n".join(bad[:20])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("name", ["nginx", "httpd"])
def test_kvm_user_net(servers, name, page, tmp_path_factory):
    img = image(servers, name, "kvm", tmp_path_factory)
    port = free_port()
    guest = subprocess.Popen(
        [UKLINK, "run", "--plat", "kvm", "--accel", ACCEL, "--net",
         f"user,hostfwd=tcp:127.0.0.1:{port}-:80", "--initrd",
         str(servers[name][1]), "--timeout", str(GUEST_TIMEOUT), str(img)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        r = run([sys.executable, str(CHECK), "127.0.0.1", str(port), str(page),
                 "wait", "basic", "hostile"], timeout=600)
    finally:
        guest.terminate()
        out = guest.communicate(timeout=60)[0].decode(errors="replace")
    assert r.rc == 0, f"{r}\n--- guest\n{out}"
    assert r.out.count("ok ") == 3, r
    console_ok(name, out)


def on_tap(plat, img, initrd, page, phases):
    """Boots @img on the tap uktap0 of a new network namespace and runs
    webcheck.py there; the guest's console comes after a marker line."""
    cmd = (f"{q(UKLINK)} run --plat {plat} --accel {ACCEL} --net tap:uktap0 "
           f"--initrd {q(initrd)} --timeout {GUEST_TIMEOUT} {q(img)}")
    if plat == "kvm":
        cmd += f" netdev.ip={GUEST}/24 --"
    else:
        cmd = f"UKNETDEV_IP={GUEST}/24 " + cmd
    script = f"""set -e; ip link set lo up; ip tuntap add dev uktap0 mode tap
ip addr add {PEER}/24 dev uktap0; ip link set uktap0 up; set +e
{cmd} >guest.log 2>&1 &
g=$!
{PY} {q(CHECK)} {GUEST} 80 {q(page)} wait {' '.join(phases)}
rc=$?
kill $g; wait $g
echo '--- guest'; cat guest.log
exit $rc"""
    return run(["unshare", "-n", "sh", "-c", script], timeout=900,
               cwd=str(img.parent))


@needs_netns
@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
@pytest.mark.parametrize("name", ["nginx", "httpd"])
def test_tap(servers, name, plat, page, tmp_path_factory):
    img = image(servers, name, plat, tmp_path_factory)
    r = on_tap(plat, img, servers[name][1], page,
               ["basic", "hostile", "slow", "reuse", "burst", "flood"])
    check, _, guest = r.out.partition("--- guest")
    assert r.rc == 0, r
    assert check.count("ok ") == 7, r
    console_ok(name, guest)


@pytest.mark.xen
@needs_netns
@skip_xen()
@pytest.mark.skipif(not XENRUN.exists(),
                    reason="needs tests/xen/xenrun.py (the shared Xen runner)")
def test_xen_nginx(servers, page, tmp_path_factory, tmp_path):
    """nginx on xen: uklink's config (its vif on dom0's bridge xenbr0,
    the initrd as ramdisk) booted by the shared Xen runner inside the
    test's namespace, whose tap dom0's bridge joins (as
    tests/test_netdrv.py's netfront test)."""
    img = image(servers, "nginx", "xen", tmp_path_factory)
    r = run([UKLINK, "run", "--plat", "xen", "-###", "--net", "tap:xenbr0",
             "--initrd", str(servers["nginx"][1]), "-m", "32", str(img),
             f"netdev.ip={GUEST}/24", "--"])
    assert r.rc == 0, r
    cfg = tmp_path / "nginx.cfg"
    cfg.write_text("".join(l + "\n" for l in r.out.splitlines() if " = " in l))
    # A runner of its own (its dom0 joins this namespace's tap): the
    # session's shared one is told off explicitly (docs/testing.md).
    env = dict(os.environ, UK_XEN_RUNNER="", UK_XEN_RUNNER_OWNER="")
    env["UK_XEN_DOM0_SETUP"] = str(DOM0_NET)
    env["UK_XEN_QEMU_ARGS"] = ("-netdev tap,id=d0,ifname=uktap0,script=no,"
                               "downscript=no -device virtio-net-pci,netdev=d0,romfile=")
    script = f"""set -e; ip link set lo up; ip tuntap add dev uktap0 mode tap
ip addr add {PEER}/24 dev uktap0; ip link set uktap0 up; set +e
{PY} {q(XENRUN)} run {q(cfg)} --timeout 600 >guest.log 2>&1 &
g=$!
{PY} {q(CHECK)} {GUEST} 80 {q(page)} wait basic hostile
rc=$?
kill $g; wait $g
echo '--- guest'; cat guest.log
exit $rc"""
    r = subprocess.run(["unshare", "-n", "sh", "-c", script], capture_output=True,
                       timeout=900, env=env, cwd=str(tmp_path))
    out = r.stdout.decode(errors="replace")
    check, _, guest = out.partition("--- guest")
    assert r.returncode == 0, out + r.stderr.decode(errors="replace")
    assert check.count("ok ") == 3, out
    console_ok("nginx", guest)
