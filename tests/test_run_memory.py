"""`uklink run -m MB` gives the guest that much memory (QEMU's -m on kvm,
xl's memory= on xen): the heap the guest sees follows it."""
import re

import pytest

from uktest import ROOT, boot, compile_c, link, skip_xen, uklink

APP = ROOT / "tests" / "apps" / "memsize.c"
MB = 1 << 20


def availmem(r):
    m = re.search(r"^availmem (-?\d+)$", r.out, re.M)
    assert m and r.rc == 0, r
    return int(m.group(1))


@pytest.mark.parametrize("plat,sizes", [
    ("kvm", (16, 256)),
    pytest.param("xen", (8, 48), marks=[pytest.mark.xen, skip_xen()]),
])
def test_memory_option_boots_with_that_memory(tmp_path, plat, sizes):
    cflags = uklink("--plat", plat, "--cflags").out.split()
    obj = compile_c(APP, tmp_path / "m.o", cc="clang-19", flags=["-O2", *cflags])
    img = link([obj], tmp_path / "m", plat=plat)
    for mb in sizes:
        have = availmem(boot(img, plat=plat, memory=mb))
        # The image, page tables and boot structures take a little (kvm:
        # about 1 MB of 16; xen: about 0.2 MB of 8).
        assert mb * MB * 0.85 < have <= mb * MB, (mb, have)
