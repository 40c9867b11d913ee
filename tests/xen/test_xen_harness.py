"""The Xen test harness (tests/xen/boot.sh) proves itself on a hand-made PV
guest (tests/xen/guest/hello.S): the guest's console and command line come
back on stdout, a poweroff exits 0, a crash exits 3, a hang or an image Xen
cannot load exits 4 with the reason, and never hangs the test run.
Each boot takes 12-25 s under TCG. UK_SKIP_XEN=1 skips them."""
import os
import subprocess
import time
from pathlib import Path

import pytest

from uktest import XEN_TIMES, skip_xen

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BOOT = HERE / "boot.sh"
PREPARE = HERE / "prepare.sh"

# The `xen` marker is registered in tests/conftest.py.
xen = pytest.mark.xen
skip_xen = skip_xen()
TIMES = XEN_TIMES


class Run:
    def __init__(self, proc, secs):
        self.rc = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr
        self.secs = secs

    def __repr__(self):
        return (f"rc={self.rc} ({self.secs:.1f} s)\n--- stdout\n{self.out}"
                f"\n--- stderr\n{self.err}")


def timed(what, cmd, timeout):
    t0 = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True,
                          errors="replace", timeout=timeout)
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


def boot(what, image, *args, timeout=120, log=None, memory=None):
    cmd = ["sh", str(BOOT), str(image), "--timeout", str(timeout)]
    if log:
        cmd += ["--log", str(log)]
    if memory:
        cmd += ["--memory", str(memory)]
    return timed(what, [*cmd, "--", *args], timeout=timeout + 60)


@xen
@skip_xen
def test_hello_poweroff(prepared, guest, tmp_path):
    log = tmp_path / "serial.log"
    r = boot("boot hello (poweroff)", guest, "first", "two words", 'q"uote',
             log=log)
    assert r.rc == 0, r
    assert r.out == 'Hello from PV\ncmdline: first two words q"uote\n', r
    assert "took" in r.err, r
    # The whole serial log is kept: Xen's banner, dom0, the markers.
    text = log.read_text(errors="replace")
    assert "Xen version 4.17" in text
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
    """dom0 gives up at its own deadline, so the console still comes out."""
    r = boot("boot hello hang (timeout 45 s)", guest, "hang", timeout=45)
    assert r.rc == 4, r
    assert r.out == "Hello from PV\ncmdline: hang\n", r
    assert "timeout" in r.err, r
    assert r.secs < 45 + 15, r


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
