"""End to end: apps/helloworld compiled by a plain host compiler and by
clang-19 -flto, linked by uklink for kvm, booted in QEMU."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link, run, uklink

HELLO = ROOT / "apps" / "helloworld" / "main.c"
STRIPPED_LIMIT = 24 * 1024


@pytest.fixture(scope="module", params=["gcc", "clang-flto"])
def hello_obj(request, tmp_path_factory):
    d = tmp_path_factory.mktemp(request.param)
    if request.param == "gcc":
        return compile_c(HELLO, d / "main.o", cc="gcc")
    return compile_c(HELLO, d / "main.o", cc="clang-19", flags=["-flto", "-O2"])


def test_hello_prints_and_exits_zero(hello_obj, tmp_path):
    img = link([hello_obj], tmp_path / "hello")
    r = boot(img)
    assert r.out == "Hello world!\n", r
    assert r.rc == 0, r


def test_link_is_quiet_and_notes_host_triple(hello_obj, tmp_path):
    """Plain `clang-19 -flto` gives the host's triple: same architecture,
    so no per-member ld.lld warnings, and -v says it once."""
    r = uklink("--plat", "kvm", hello_obj, "-o", tmp_path / "hello")
    assert r.rc == 0 and r.err == "", r
    r = uklink("--plat", "kvm", "-v", hello_obj, "-o", tmp_path / "hello")
    notes = [l for l in r.err.splitlines() if "bitcode for" in l]
    if "clang" in str(hello_obj):
        assert notes == [f"uklink: note: {hello_obj}: bitcode for "
                         "x86_64-pc-linux-gnu, the pool's is "
                         "x86_64-unknown-none-elf: same architecture, linked "
                         "together (ld.lld's warnings about the two triples "
                         "dropped)"], r
    else:
        assert notes == [], r


def test_hello_printargs(hello_obj, tmp_path):
    img = link([hello_obj], tmp_path / "hello", "-D", "PRINTARGS=y",
               "-D", "UKBOOT_ARGV0=helloworld")
    r = boot(img, "a", "two words", "c")
    assert r.out == 'Hello world!\nArguments: "helloworld" "a" "two words" "c"\n', r
    assert r.rc == 0, r


def test_hello_printargs_default_is_off(hello_obj, tmp_path):
    img = link([hello_obj], tmp_path / "hello", "-D", "PRINTARGS=n")
    r = boot(img, "a")
    assert r.out == "Hello world!\n", r


def test_reproducible(hello_obj, tmp_path):
    a = link([hello_obj], tmp_path / "a")
    b = link([hello_obj], tmp_path / "b")
    assert a.read_bytes() == b.read_bytes()


def test_stripped_size(hello_obj, tmp_path):
    img = link([hello_obj], tmp_path / "hello")
    s = tmp_path / "hello.stripped"
    subprocess.run(["llvm-strip-19", "-o", str(s), str(img)], check=True)
    size = s.stat().st_size
    assert size <= STRIPPED_LIMIT, f"stripped helloworld is {size} bytes"
    # The stripped image still boots: the symbol table it needs is loaded.
    r = boot(s)
    assert r.out == "Hello world!\n", r


def test_helloworld_makefile_flow(tmp_path):
    """The app's Makefile is the documented user flow."""
    import shutil
    d = tmp_path / "hw"
    shutil.copytree(ROOT / "apps" / "helloworld", d)
    r = run(["make", "-C", str(d), "UKLINK=" + str(ROOT / "uklink" / "build" / "uklink")])
    assert r.rc == 0, r
    r = boot(d / "helloworld")
    assert r.out == "Hello world!\n", r
