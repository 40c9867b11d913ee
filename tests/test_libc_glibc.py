"""nolibc's C library surface from the host's side (issue 13 item 3):
nolibc's feature tests that name themselves in GLIBC_UNITS compiled by
plain `gcc -O2 -c` against glibc's headers, linked by uklink with nolibc
and booted. glibc's inline code then runs on nolibc's data: getc/putc on
FILE (__uflow/__overflow), struct stat, dirent, sigaction, jmp_buf, tm...
The same sources run against nolibc's own headers on every platform
through tests/test_features.py."""
import pytest

from uktest import ROOT, boot, compile_c, link

TESTS = ROOT / "libpool" / "nolibc" / "tests"
UKDEBUG = ROOT / "libpool" / "ukdebug" / "include"
# -std=gnu89 with _GNU_SOURCE: glibc's headers then call fscanf/scanf by
# their own names rather than __isoc99_fscanf (glibccompat's business).
GLIBC_UNITS = {"test_stdio": ["-std=gnu89"], "test_paths": [], "test_posix": [],
               "test_fdkinds": ["-D_FILE_OFFSET_BITS=64"]}


@pytest.fixture(scope="module", params=sorted(GLIBC_UNITS))
def unit_obj(request, tmp_path_factory):
    d = tmp_path_factory.mktemp(request.param)
    src = TESTS / (request.param + ".c")
    return compile_c(src, d / (request.param + ".o"), cc="gcc",
                     flags=["-O2", f"-I{UKDEBUG}", *GLIBC_UNITS[request.param]])


@pytest.mark.parametrize("plat", ["linuxu", "kvm"])
def test_glibc_compiled(unit_obj, plat, tmp_path):
    img = link([unit_obj], tmp_path / unit_obj.stem, plat=plat)
    r = boot(img, plat=plat)
    out = r.out + r.err
    assert "SUCCESS" in out, r
    assert not [l for l in out.splitlines() if l.startswith("FAIL")], r
    assert r.rc == 0, r
