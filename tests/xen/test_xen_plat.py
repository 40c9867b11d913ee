"""plat/xen end to end: images linked by uklink for x86_64-xen and booted
under `xl create` with `uklink run --plat xen` (Xen 4.17 + a PV dom0 in
QEMU TCG, tests/xen/boot.sh over the session's shared runner,
tests/xen/xenrun.py). Each guest takes a few seconds once Xen is up, so
each test boots once and checks what it can: helloworld
with its arguments at memory=1 (the smallest xl accepts), a crash report
with a symbol name, and the platform app (command line, memory beyond
libxc's initial mapping, time, one-shot timer, xenstore, non-zero exit
status). Boot times are printed at the end ("xen timings").
UK_SKIP_XEN=1 skips the boots."""
import os
import re
import subprocess
import time

import pytest

from uktest import ROOT, compile_c, link, pool_target, run, uklink, UKLINK, XEN_TIMES, skip_xen

HELLO = ROOT / "apps" / "helloworld" / "main.c"
APPS = ROOT / "tests" / "xen" / "apps"
STRIPPED_LIMIT = 24 * 1024
# boot.sh's guest deadline (100 s) plus the runner's start (up to 300 s,
# only for the session's first guest) and some slack.
TIMEOUT = 100 + 360

xen = pytest.mark.xen
skip_xen = skip_xen()
TIMES = XEN_TIMES


@pytest.fixture(scope="session", autouse=True)
def _pool():
    if not (pool_target(plat="xen") / "index.tsv").exists():
        pytest.fail("the pool has no x86_64-xen target: run `make pool`")


def run_xen(what, image, *args, memory=None):
    cmd = [UKLINK, "run", "--plat", "xen"]
    if memory:
        cmd += ["-m", str(memory)]
    t0 = time.monotonic()
    r = run([*cmd, str(image), *args], timeout=TIMEOUT)
    TIMES.append((what, time.monotonic() - t0))
    return r


@pytest.fixture(scope="module")
def hello_obj(tmp_path_factory):
    return compile_c(HELLO, tmp_path_factory.mktemp("hello") / "main.o")


def test_hello_stripped_size(hello_obj, tmp_path):
    img = link([hello_obj], tmp_path / "hello", "-D", "PRINTARGS=y",
               plat="xen")
    s = tmp_path / "hello.stripped"
    subprocess.run(["llvm-strip-19", "-o", str(s), str(img)], check=True)
    size = s.stat().st_size
    print(f"xen helloworld (PRINTARGS=y): {size} bytes stripped")
    assert size <= STRIPPED_LIMIT, f"stripped xen helloworld is {size} bytes"


def test_image_has_xen_notes(hello_obj, tmp_path):
    img = link([hello_obj], tmp_path / "hello", plat="xen")
    r = subprocess.run(["llvm-readelf-19", "-lnW", str(img)],
                       capture_output=True, text=True, check=True)
    assert "NOTE" in r.stdout
    # GUEST_OS "uklink", XEN_VERSION "xen-3.0", LOADER "generic"
    for s in ("75 6b 6c 69 6e 6b 00", "78 65 6e 2d 33 2e 30 00",
              "67 65 6e 65 72 69 63 00"):
        assert s in r.stdout, r.stdout
    # The first PT_LOAD starts on a page (libxc requires it), at the base.
    load = [l for l in r.stdout.splitlines() if l.strip().startswith("LOAD")]
    assert load[0].split()[2] == "0x0000000000300000", load


@xen
@skip_xen
def test_hello_console_ring_args_memory_1(hello_obj, tmp_path):
    """Plain gcc -c object, -D PRINTARGS=y, booted by xl with memory=1."""
    img = link([hello_obj], tmp_path / "hello", "-D", "PRINTARGS=y",
               "-D", "UKBOOT_ARGV0=helloworld", plat="xen")
    r = run_xen("helloworld, memory=1", img, "a", "two words", "c",
                memory=1)
    assert r.out == ('Hello world!\n'
                     'Arguments: "helloworld" "a" "two words" "c"\n'), r
    assert r.rc == 0, r


@xen
@skip_xen
def test_crash_names_symbol(tmp_path):
    obj = compile_c(ROOT / "tests" / "apps" / "crash_null.c",
                    tmp_path / "crash.o")
    img = link([obj], tmp_path / "crash", plat="xen")
    r = run_xen("crash_null", img)
    assert "about to crash" in r.out, r
    assert "[crash] #PF page fault (vector 14)" in r.out, r
    assert "crash_here+0x" in r.out, r
    assert "[crash] CR2 0x0000000000000000" in r.out, r
    assert "still alive" not in r.out, r
    assert "[xen] exit status 127" in r.out, r
    assert r.rc == 127, r


@xen
@skip_xen
def test_platform(tmp_path):
    cflags = uklink("--plat", "xen", "--cflags").out.split()
    obj = compile_c(APPS / "platform.c", tmp_path / "platform.o",
                    cc="clang-19", flags=["-flto", "-O2", *cflags])
    img = link([obj], tmp_path / "platform", plat="xen")
    r = run_xen("platform (memory, time, xenstore, status 3)", img,
                "first", "second arg")
    assert "SUCCESS" in r.out, r
    assert not [l for l in r.out.splitlines() if l.startswith("FAIL")], r
    # uklink names the domain after the image and its pid
    assert re.search(r"^ok xenstore: name = platform-[0-9]+$", r.out,
                     re.M), r
    assert "ok events: ports" in r.out and "ok dma: grants" in r.out, r
    assert r.out.rstrip().endswith("[xen] exit status 3"), r
    assert r.rc == 3, r
