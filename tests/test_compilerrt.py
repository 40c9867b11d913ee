"""The compiler runtime (libpool/compilerrt, docs/hostcc.md): an object
from the host's gcc that calls __udivti3, __divti3, __modti3, __umodti3,
__popcountdi2, __floatuntidf and __fixunsdfti links, and prints what the
same object linked with glibc (and libgcc) prints on the host; helloworld
links no compiler runtime."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link, uklink

APP = ROOT / "tests" / "apps" / "builtins.c"
HELLO = ROOT / "apps" / "helloworld" / "main.c"
ARGS = ["0x123456789abcdef", "0xfedcba987654321"]
CALLS = {"__udivti3", "__divti3", "__modti3", "__umodti3", "__popcountdi2",
         "__floatuntidf", "__fixunsdfti"}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    d = tmp_path_factory.mktemp("builtins")
    obj = compile_c(APP, d / "app.o", cc="gcc", flags=["-O2"])
    nm = subprocess.run(["nm", "-u", str(obj)], check=True,
                        capture_output=True, text=True).stdout
    assert CALLS <= {l.split()[-1] for l in nm.splitlines()}, nm
    subprocess.run(["gcc", str(obj), "-o", str(d / "native")], check=True)
    want = subprocess.run([str(d / "native"), *ARGS], check=True, text=True,
                          stdout=subprocess.PIPE).stdout
    return obj, want


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
def test_builtins(app, plat, tmp_path):
    obj, want = app
    img = link([obj], tmp_path / "app", plat=plat)
    r = boot(img, *ARGS, plat=plat)
    assert (r.out, r.rc) == (want, 0), r


def test_linked_only_when_referenced(app, tmp_path):
    obj, _ = app
    r = uklink("--plat", "kvm", "-v", obj, "-o", tmp_path / "app")
    assert r.rc == 0, r
    assert f"uklink: lib compilerrt (reason: __" in r.err, r.err
    hello = compile_c(HELLO, tmp_path / "hello.o", cc="gcc")
    r = uklink("--plat", "kvm", "-v", hello, "-o", tmp_path / "hello")
    assert r.rc == 0 and "lib compilerrt" not in r.err, r
