"""plat/xen on arm64 end to end: images linked by uklink for arm64-xen
(plat/xen/arm64: a flat arm64 Image beside the ELF, fact image_flat) and
booted with `uklink run --plat xen --arch arm64` on Xen 4.17 arm64 in
qemu-system-aarch64 (TCG; tests/xen/xenrun.py's arm64 runner, the same xl
stand-in as x86_64). Two boots: helloworld with its arguments (console
ring, command line from the device tree, poweroff), and a NULL write
(crash report with symbol names and backtrace, exit status 127).
UK_SKIP_XEN=1 skips the boots."""
import time

import pytest

from uktest import (ROOT, UKLINK, XEN_TIMES, compile_c, link, pool_target,
                    run, skip_xen)

HELLO = ROOT / "apps" / "helloworld" / "main.c"
# boot.sh's guest deadline (100 s) plus the runner's start (up to 300 s)
TIMEOUT = 100 + 360
CC = "aarch64-linux-gnu-gcc"

xen = [pytest.mark.xen, pytest.mark.xen_arm64, skip_xen()]


@pytest.fixture(scope="module", autouse=True)
def _pool():
    if not (pool_target("arm64", "xen") / "index.tsv").exists():
        pytest.fail("the pool has no arm64-xen target: run `make pool`")


def run_xen(what, image, *args):
    t0 = time.monotonic()
    r = run([UKLINK, "run", "--plat", "xen", "--arch", "arm64",
             str(image), *args], timeout=TIMEOUT)
    XEN_TIMES.append((what, time.monotonic() - t0))
    return r


def test_flat_image(tmp_path):
    obj = compile_c(HELLO, tmp_path / "main.o", cc=CC)
    img = link([obj], tmp_path / "hello", plat="xen", arch="arm64")
    flat = (tmp_path / "hello.img").read_bytes()
    # Linux's arm64 boot header: magic "ARM\x64" at 56, text_offset 0x20000
    assert flat[56:60] == b"ARM\x64", flat[:64]
    assert int.from_bytes(flat[8:16], "little") == 0x20000
    assert img.stat().st_size > 0


@pytest.mark.parametrize("_", [None], ids=["arm64"])
class TestBoot:
    pytestmark = xen

    def test_hello_args(self, _, tmp_path):
        obj = compile_c(HELLO, tmp_path / "main.o", cc=CC)
        img = link([obj], tmp_path / "hello", "-D", "PRINTARGS=y",
                   "-D", "UKBOOT_ARGV0=helloworld", plat="xen", arch="arm64")
        r = run_xen("arm64 helloworld", img, "a", "two words", "c")
        assert r.out == ('Hello world!\n'
                         'Arguments: "helloworld" "a" "two words" "c"\n'), r
        assert r.rc == 0, r

    def test_crash_names_symbol(self, _, tmp_path):
        obj = compile_c(ROOT / "tests" / "apps" / "crash_null.c",
                        tmp_path / "crash.o", cc=CC)
        img = link([obj], tmp_path / "crash", plat="xen", arch="arm64")
        r = run_xen("arm64 crash_null", img)
        assert "about to crash" in r.out, r
        assert "[crash] data abort" in r.out, r
        assert "crash_here+0x" in r.out and "main+0x" in r.out, r
        assert "[crash] FAR 0x0000000000000000" in r.out, r
        assert "still alive" not in r.out, r
        assert "[xen] exit status 127" in r.out, r
        assert r.rc == 127, r
