"""Objects from a plain host compiler (docs/uklink.md, "Host-compiled
objects"): tests/apps/hostcc.c compiled by gcc against glibc's headers,
plain and with -O2 -D_FORTIFY_SOURCE=2 -fstack-protector-strong, linked
by uklink (with nolibc, and with newlib: docs/hostcc.md) and booted; its
output must equal the same object linked natively with glibc and run on
the host (nothing expected is written here). Also: the glibc bridge is linked only when referenced, and the
stack protector and fortify checks really stop an overflowing program."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link, skip_xen, uklink

APP = ROOT / "tests" / "apps" / "hostcc.c"
FAIL_APP = ROOT / "tests" / "apps" / "hostcc_overflow.c"
HELLO = ROOT / "apps" / "helloworld" / "main.c"
HARDENED = ["-O2", "-D_FORTIFY_SOURCE=2", "-fstack-protector-strong"]
FLAGS = {"plain": [], "hardened": HARDENED}
ARGS = ["abcdefghijkl"]
STATUS = 3


def native(obj, tmp_path, merged):
    exe = tmp_path / "native"
    subprocess.run(["gcc", str(obj), "-o", str(exe), "-lm"], check=True)
    r = subprocess.run([str(exe), *ARGS], text=True, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT if merged else subprocess.PIPE)
    assert r.returncode == STATUS, r
    return r.stdout, r.stderr


@pytest.fixture(scope="module", params=list(FLAGS))
def app_obj(request, tmp_path_factory):
    d = tmp_path_factory.mktemp(request.param)
    return compile_c(APP, d / "app.o", cc="gcc", flags=FLAGS[request.param])


LIBCS = {"nolibc": [], "newlib": ["--libc", "newlib"]}


@pytest.mark.parametrize("libc", list(LIBCS))
def test_hostcc_kvm(app_obj, libc, tmp_path):
    img = link([app_obj], tmp_path / "app", *LIBCS[libc])
    r = boot(img, *ARGS)
    # stderr has its own serial port (docs/vfs.md, "The console on each
    # platform"): the streams arrive apart, as on linuxu.
    out, err = native(app_obj, tmp_path, merged=False)
    assert (r.out, r.err, r.rc) == (out, err, STATUS), r


@pytest.mark.parametrize("libc", list(LIBCS))
def test_hostcc_linuxu(app_obj, libc, tmp_path):
    img = link([app_obj], tmp_path / "app", *LIBCS[libc], plat="linuxu")
    r = boot(img, *ARGS, plat="linuxu")
    out, err = native(app_obj, tmp_path, merged=False)
    assert (r.out, r.err, r.rc) == (out, err, STATUS), r


@pytest.mark.xen
@skip_xen()
def test_hostcc_xen(tmp_path):
    obj = compile_c(APP, tmp_path / "app.o", cc="gcc", flags=HARDENED)
    img = link([obj], tmp_path / "app", plat="xen")
    r = boot(img, *ARGS, plat="xen")
    # stderr shares the console ring between marks uklink run removes
    out, err = native(obj, tmp_path, merged=False)
    assert out in r.out.replace("\r\n", "\n") and r.rc == STATUS, r
    assert err in r.err.replace("\r\n", "\n") and err not in r.out, r


def test_bridge_only_when_referenced(tmp_path):
    """helloworld from plain gcc needs nothing of glibc's ABI beyond
    nolibc's own; the hardened app gets glibccompat, and -v says why."""
    hello = compile_c(HELLO, tmp_path / "hello.o", cc="gcc")
    r = uklink("--plat", "kvm", "-v", hello, "-o", tmp_path / "hello")
    assert r.rc == 0, r
    assert "lib glibccompat" not in r.err and "lib newlibm" not in r.err, r
    obj = compile_c(APP, tmp_path / "app.o", cc="gcc", flags=HARDENED)
    r = uklink("--plat", "kvm", "-v", obj, "-o", tmp_path / "app")
    assert r.rc == 0, r
    assert f"uklink: lib glibccompat (reason: __printf_chk needed by {obj})" in r.err, r
    assert "uklink: lib nolibcm (reason: __errno needed by libnewlibm.a(" in r.err, r
    assert "uklink: libc nolibc " in r.err, r


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
@pytest.mark.parametrize("what,message", [
    ("smash", "stack smashing detected"),
    ("fortify", "buffer overflow detected"),
])
def test_overflow_is_stopped(plat, what, message, tmp_path):
    obj = compile_c(FAIL_APP, tmp_path / "app.o", cc="gcc", flags=HARDENED)
    img = link([obj], tmp_path / "app", plat=plat)
    r = boot(img, what, plat=plat)
    assert message in r.out + r.err and r.rc == 127, r
    assert "not reached" not in r.out, r
