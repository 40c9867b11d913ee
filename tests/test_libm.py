"""libm reports errors through errno, as glibc's does (log(0) ERANGE,
sqrt(-1) EDOM, ...: newlib's patches/0010-libm-errno-posix-mode.patch):
tests/apps/matherr.c from the host's gcc, linked with newlibm over nolibc
(through nolibcm) and over newlib, prints what the native build prints."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link

APP = ROOT / "tests" / "apps" / "matherr.c"
LIBCS = {"nolibc": [], "newlib": ["--libc", "newlib"]}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    d = tmp_path_factory.mktemp("matherr")
    obj = compile_c(APP, d / "app.o", cc="gcc", flags=["-O2"])
    subprocess.run(["gcc", str(obj), "-o", str(d / "native"), "-lm"],
                   check=True)
    want = subprocess.run([str(d / "native"), "0"], check=True, text=True,
                          stdout=subprocess.PIPE).stdout
    assert "wrong" not in want, want
    return obj, want


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
@pytest.mark.parametrize("libc", list(LIBCS))
def test_libm_errno(app, libc, plat, tmp_path):
    obj, want = app
    img = link([obj], tmp_path / "app", *LIBCS[libc], plat=plat)
    r = boot(img, "0", plat=plat)
    assert (r.out, r.rc) == (want, 0), r
