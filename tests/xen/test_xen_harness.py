"""The Xen test harness (tests/xen/boot.sh over the shared runner,
tests/xen/xenrun.py) proves itself on a hand-made PV guest
(tests/xen/guest/hello.S): the guest's console and command line come back
on stdout, a poweroff exits 0, a crash exits 3, a hang or an image Xen
cannot load exits 4 with the reason, and never hangs the test run; several
guests run at once in one Xen, each with its own console and status; a
guest also boots without a session's runner (one Xen boot of its own).
A guest takes 1-10 s on the session's runner, a boot of Xen + dom0 12-60 s
under TCG. UK_SKIP_XEN=1 skips them."""
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from uktest import XEN_TIMES, skip_xen

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BOOT = HERE / "boot.sh"
PREPARE = HERE / "prepare.sh"
XENRUN = HERE / "xenrun.py"
# Our own deadline on a boot.sh run: its --timeout covers the guest only;
# the session's runner may still be starting (xenrun.py waits up to 300 s).
START = 300 + 60

# The `xen` marker is registered in tests/conftest.py.
xen = pytest.mark.xen
skip_xen = skip_xen()
TIMES = XEN_TIMES


class Run(str):
    """rc, out, err, secs; also the full description as a string (pytest
    cuts the repr of other objects in assertion messages)."""

    def __new__(cls, proc, secs):
        self = super().__new__(cls, f"rc={proc.returncode} ({secs:.1f} s)\n"
                               f"--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}")
        self.rc, self.out, self.err, self.secs = (proc.returncode, proc.stdout,
                                                  proc.stderr, secs)
        return self

    def __repr__(self):
        return str.__str__(self)


def timed(what, cmd, timeout, env=None):
    t0 = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True,
                          errors="replace", timeout=timeout, env=env)
    secs = time.monotonic() - t0
    TIMES.append((what, secs))
    return Run(proc, secs)


@pytest.fixture(scope="session")
def prepared():
    """Downloads and builds the cache once (a no-op when cached)."""
    r = timed("prepare.sh", ["sh", str(PREPARE)], timeout=1200)
    assert r.rc == 0, f"prepare.sh failed: {r}"


@pytest.fixture(scope="session")
def guest(tmp_path_factory):
    out = tmp_path_factory.mktemp("xen-guest")
    subprocess.run(["make", "-s", "-C", str(HERE / "guest"), f"O={out}"],
                   check=True)
    return out / "hello"


def boot(what, image, *args, timeout=100, log=None, memory=None, env=None,
         name=None):
    cmd = ["sh", str(BOOT), str(image), "--timeout", str(timeout)]
    if log:
        cmd += ["--log", str(log)]
    if memory:
        cmd += ["--memory", str(memory)]
    if name:
        cmd += ["--name", name]
    return timed(what, [*cmd, "--", *args], timeout=timeout + START, env=env)


@xen
@skip_xen
def test_hello_poweroff(prepared, guest, tmp_path):
    log = tmp_path / "serial.log"
    r = boot("boot hello (poweroff)", guest, "first", "two words", 'q"uote',
             log=log)
    assert r.rc == 0, r
    assert r.out == 'Hello from PV\ncmdline: first two words q"uote\n', r
    assert "took" in r.err, r
    # The whole serial log is kept: Xen's banner, dom0, xl, the end.
    text = log.read_text(errors="replace")
    assert "Xen version 4.17" in text and "===DOM0-UP===" in text
    assert "===GUEST-END poweroff===" in text


@xen
@skip_xen
def test_crash_is_reported(prepared, guest):
    r = boot("boot hello crash", guest, "before", "crash", "after")
    assert r.rc == 3, r
    assert r.out == "Hello from PV\ncmdline: before crash after\n", r
    assert "the guest crashed" in r.err, r
    assert "Unhandled" in r.err, r      # Xen's own line about the #UD


@xen
@skip_xen
def test_hang_times_out_with_console(prepared, guest):
    """dom0 gives up at the guest's deadline, so the console still comes
    out (and the runner stays up for the next guest)."""
    r = boot("boot hello hang (timeout 10 s)", guest, "hang", timeout=10)
    assert r.rc == 4, r
    assert r.out == "Hello from PV\ncmdline: hang\n", r
    assert "timeout: the guest had not shut down 10 s" in r.err, r
    r = boot("boot hello after a hang", guest, "next")
    assert r.rc == 0 and r.out == "Hello from PV\ncmdline: next\n", r


@xen
@skip_xen
def test_not_a_pv_image(prepared, tmp_path):
    bad = tmp_path / "notelf"
    bad.write_bytes(b"\x7fELF but not really" + bytes(4000))
    r = boot("boot a non-PV file", bad)
    assert r.rc == 4, r
    assert "xl create failed" in r.err and "no loader found" in r.err, r


@xen
@skip_xen
def test_too_little_memory(prepared, guest):
    r = boot("boot hello with 2 MB", guest, memory=2)
    assert r.rc == 4, r
    assert "not enough memory for initial mapping" in r.err, r


@xen
@skip_xen
def test_guests_run_side_by_side(prepared, guest):
    """Four guests at once in one Xen, all named ukguest (dom0 renames those
    whose name is taken): each gets its own console and status."""
    procs = []
    for i, word in enumerate(["one", "two", "crash", "four"]):
        procs.append(subprocess.Popen(
            ["sh", str(BOOT), str(guest), "--", f"g{i}", word],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    outs = [p.communicate(timeout=100 + START) for p in procs]
    for i, (p, (out, err)) in enumerate(zip(procs, outs)):
        word = ["one", "two", "crash", "four"][i]
        assert out == f"Hello from PV\ncmdline: g{i} {word}\n", (out, err)
        assert p.returncode == (3 if word == "crash" else 0), (out, err)
    assert "Unhandled" in outs[2][1], outs[2]


@xen
@skip_xen
def test_xl_interface(prepared, guest, tmp_path):
    """`xenrun.py create -c CFG`, the `xl create -c` interface uklink runs:
    a relative kernel= path, the console on stdout."""
    (tmp_path / "g").mkdir()
    shutil.copy(guest, tmp_path / "g" / "hello")
    cfg = tmp_path / "g" / "hello.cfg"
    cfg.write_text('name = "xlcfg"\ntype = "pv"\nkernel = "hello"\n'
                   'extra = "via xl"\nmemory = 8\non_poweroff = "destroy"\n')
    r = timed("xl create -c (hello)", [sys.executable, str(XENRUN), "create",
                                       "-c", str(cfg)], timeout=100 + START)
    assert r.rc == 0 and r.out == "Hello from PV\ncmdline: via xl\n", r


@xen
@skip_xen
@pytest.mark.parametrize("how", ["xl destroy", "TERM"])
def test_destroy_a_running_guest(prepared, guest, tmp_path, how):
    """uklink's timeout: TERM to `xl create` and `xl destroy NAME` (the
    stand-in tests/xen/xl) both have dom0 destroy the guest at once."""
    cfg = tmp_path / "hang.cfg"
    name = f"hang-{how.split()[0].lower()}"
    cfg.write_text(f'name = "{name}"\ntype = "pv"\nkernel = "{guest}"\n'
                   'extra = "hang"\nmemory = 8\n')
    t0 = time.monotonic()
    p = subprocess.Popen([str(HERE / "xl"), "create", "-c", str(cfg)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Until this guest was created (dom0 writes the name it got: NAME, or
    # NAME-ID when taken). Other tests' guests share the runner: any job's
    # name would not do.
    deadline = time.monotonic() + START
    runner = Path(os.environ["UK_XEN_RUNNER"]) / "share" / "jobs"

    def created():
        for j in runner.glob("*"):
            try:
                got = (j / "name").read_text().strip()
            except OSError:
                continue
            if got == name or got.startswith(name + "-"):
                return True
        return False
    while time.monotonic() < deadline and not created():
        time.sleep(0.5)
    time.sleep(3)
    if how == "TERM":
        p.terminate()
    else:
        r = subprocess.run([str(HERE / "xl"), "destroy", name], timeout=60)
        assert r.returncode == 0
    out, err = p.communicate(timeout=120)
    TIMES.append((f"hang, then {how}", time.monotonic() - t0))
    assert p.returncode == 4, (out, err)
    # The runner is still there for the next guest.
    r = boot("boot hello after a destroy", guest, "after")
    assert r.rc == 0 and r.out == "Hello from PV\ncmdline: after\n", r


@xen
@skip_xen
def test_boot_without_session_runner(prepared, guest):
    """By hand (no UK_XEN_RUNNER): a Xen boot of its own, stopped after."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("UK_XEN_RUNNER", "UK_XEN_RUNNER_OWNER")}
    r = boot("boot hello, own Xen", guest, "alone", env=env)
    assert r.rc == 0 and r.out == "Hello from PV\ncmdline: alone\n", r


@pytest.mark.parametrize("args,msg", [
    ([], "no IMAGE"),
    (["/nonexistent"], "no such file"),
    (["{guest}", "--memory", "x"], "not a number"),
    (["{guest}", "--bogus"], "unknown option"),
])
def test_usage_errors(guest, args, msg):
    args = [a.format(guest=guest) for a in args]
    r = subprocess.run(["sh", str(BOOT), *args], capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 2, r
    assert msg in r.stderr, r


def test_help():
    r = subprocess.run(["sh", str(BOOT), "--help"], capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 0 and "Usage: tests/xen/boot.sh IMAGE" in r.stdout
