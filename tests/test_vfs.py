"""Files from a host-compiled object (docs/vfs.md): the nolibc feature test
of vfscore, compiled with plain `cc -c` against glibc's headers, so that
glibc's O_* values and struct stat layout meet nolibc's and vfscore's."""
import pytest

from uktest import ROOT, boot, compile_c, link

SRC = ROOT / "libpool" / "vfscore" / "tests" / "test_files.c"


@pytest.mark.parametrize("plat", ["linuxu", "kvm"])
def test_files_from_host_compiler(plat, tmp_path):
    obj = compile_c(SRC, tmp_path / "files.o", cc="gcc", flags=["-O2"])
    img = link([obj], tmp_path / "files", plat=plat)
    r = boot(img, plat=plat)
    out = r.out + r.err
    assert "SUCCESS" in out and "FAIL" not in out, r
    assert r.rc == 0, r
