"""vfscore from the host's side (docs/vfs.md): its nolibc feature test
compiled with plain `cc -c` against glibc's headers, so that glibc's O_*
values and struct stat layout meet nolibc's and vfscore's; and its path
walk as a host program."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link

SRC = ROOT / "libpool" / "vfscore" / "tests" / "test_files.c"


@pytest.mark.parametrize("plat", ["linuxu", "kvm"])
def test_files_from_host_compiler(plat, tmp_path):
    # glibc's headers, and uk/test.h (self-contained: CHECK and fails)
    ukdebug = ROOT / "libpool" / "ukdebug" / "include"
    obj = compile_c(SRC, tmp_path / "files.o", cc="gcc",
                    flags=["-O2", f"-I{ukdebug}"])
    img = link([obj], tmp_path / "files", plat=plat)
    r = boot(img, plat=plat)
    out = r.out + r.err
    assert "SUCCESS" in out and "FAIL" not in out, r
    assert r.rc == 0, r


def test_path_walk_on_host(tmp_path):
    """vfscore's path walk (namei.c) compiled for the host over a fake tree:
    libpool/vfscore/tests/host/walk_cases.c."""
    vfs = ROOT / "libpool" / "vfscore"
    exe = tmp_path / "walk"
    plat = ROOT / "plat" / "common" / "include"
    subprocess.run(["gcc", "-Wall", "-Werror", f"-I{vfs}", f"-I{vfs / 'include'}",
                    f"-I{plat}",
                    str(vfs / "tests" / "host" / "walk_cases.c"),
                    str(vfs / "namei.c"), "-o", str(exe)], check=True)
    r = subprocess.run([str(exe)], capture_output=True, text=True)
    assert r.stdout.endswith("SUCCESS\n") and r.returncode == 0, r.stdout
