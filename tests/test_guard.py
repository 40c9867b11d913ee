"""Guard pages below thread stacks (docs/threads.md): a thread that
overflows its 16 KiB stack faults on the page just below it and gets the
crash report, on kvm (a 2 MiB page of the identity map split into 4 KiB
pages) and linuxu (mprotect), instead of writing over the memory below."""
import re

import pytest

from uktest import ROOT, boot, compile_c, link, uklink

STACK = 16384


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
def test_stack_overflow_hits_the_guard_page(plat, tmp_path):
    cflags = uklink("--plat", plat, "--cflags").out.split()
    obj = compile_c(ROOT / "tests" / "apps" / "stack_overflow.c",
                    tmp_path / "so.o", cc="clang-19", flags=["-O1", *cflags])
    img = link([obj], tmp_path / "so", plat=plat)
    r = boot(img, plat=plat)
    assert r.rc == 127, r
    assert "still alive" not in r.out, r
    out = r.out + r.err
    top = int(re.search(r"overflowing from (0x[0-9a-f]+)", out).group(1), 16)
    cr2 = int(re.search(r"CR2 (0x[0-9a-f]+)", out).group(1), 16)
    assert "page fault" in out and "deeper+" in out, r
    # the page below the stack, not some memory further down
    assert 0 < top - cr2 <= STACK + 4096, (hex(top), hex(cr2), r)
