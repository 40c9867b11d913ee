"""`uklink --cflags [--libc newlib]` (docs/uklink.md): the pool's headers
as the system headers, the compiler's own freestanding headers still
there (stdnoreturn.h, stdalign.h, float.h, iso646.h: the pool has none),
the host's C library headers gone; with gcc and clang alike."""
import subprocess

import pytest

from uktest import uklink

SRC = """\
#include <stdnoreturn.h>
#include <stdalign.h>
#include <iso646.h>
#include <float.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
noreturn void die(void) { exit(DBL_DIG not_eq 15); }
int main(void) { alignas(16) int x = 1; printf("%d\\n", x); die(); }
"""


def cflags(*opts):
    r = uklink("--plat", "kvm", "--cflags", *opts)
    assert r.rc == 0, r
    return r.out.split()


@pytest.mark.parametrize("cc", ["gcc", "clang-19"])
@pytest.mark.parametrize("libc", ["nolibc", "newlib"])
def test_compiler_headers_stay(cc, libc, tmp_path):
    src = tmp_path / "app.c"
    src.write_text(SRC)
    r = subprocess.run([cc, *cflags("--libc", libc), "-c", str(src), "-o",
                        str(tmp_path / "app.o")], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("cc", ["gcc", "clang-19"])
def test_host_libc_headers_gone(cc, tmp_path):
    src = tmp_path / "glibc.c"
    src.write_text("#include <gnu/libc-version.h>\n")
    r = subprocess.run([cc, *cflags("--libc", "newlib"), "-c", str(src),
                        "-o", str(tmp_path / "x.o")], capture_output=True,
                       text=True)
    assert r.returncode != 0 and "libc-version.h" in r.stderr, r
