"""The C library is chosen for the program (docs/uklink.md, "The C
library"): a glibc-ABI object (glibc's stdout/stderr/errno, and calls only
newlib has) links without --libc, gets newlib (and -v says why), and
runs; its output is the native build's. A program nolibc serves keeps
nolibc."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link, uklink

APP = ROOT / "tests" / "apps" / "libc_choice.c"
HELLO = ROOT / "apps" / "helloworld" / "main.c"


@pytest.fixture(scope="module")
def obj(tmp_path_factory):
    return compile_c(APP, tmp_path_factory.mktemp("libc") / "app.o",
                     cc="gcc", flags=["-O2"])


def libc_line(err):
    return [l for l in err.splitlines() if l.startswith("uklink: libc ")]


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
def test_newlib_only_call_links_without_libc(obj, tmp_path, plat):
    r = uklink("--plat", plat, "-v", obj, "-o", tmp_path / "app")
    assert r.rc == 0, r
    assert libc_line(r.err) == [
        "uklink: libc newlib (reason: a64l needed by "
        f"{obj}; nolibc lacks a64l (needed by {obj}); newlib is the C "
        "library of lowest rank that exports every symbol needed)"], r
    exe = tmp_path / "native"
    subprocess.run(["gcc", str(obj), "-o", str(exe)], check=True)
    want = subprocess.run([str(exe), "x y"], capture_output=True, text=True)
    assert want.returncode == 0, want
    g = boot(tmp_path / "app", "x y", plat=plat)
    # stderr may share the console (kvm): compare the lines, not streams
    assert g.rc == 0 and sorted((g.out + g.err).splitlines()) == \
        sorted((want.stdout + want.stderr).splitlines()), g


def test_nolibc_stays_for_hello(tmp_path):
    o = compile_c(HELLO, tmp_path / "hello.o", cc="gcc")
    r = uklink("--plat", "kvm", "-v", "-###", o, "-o", tmp_path / "hello")
    assert r.rc == 0, r
    (line,) = libc_line(r.err)
    assert line.startswith("uklink: libc nolibc (reason: "), r
