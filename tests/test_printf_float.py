"""Float formatting is linked only through the printf family an
application calls (libpool/nolibc/src/stdio/stdio_impl.h): kernel printing
(uk_pr_*, uk_printk, nolibc's assert message) goes through vsniprintf and
links no float code, while printf("%f") in the application still prints
doubles. Linked for linuxu (runs as a process) and kvm (linked only)."""
import pytest

from uktest import boot, compile_c, link, uklink

KERNEL_ONLY = r"""
#include <stdio.h>
#include <uk/print.h>
int main(void)
{
	uk_pr_err("kernel %d %f\n", 7, 1.5);
	puts("SUCCESS");
	return 0;
}
"""

APP_FLOAT = r"""
#include <stdio.h>
int main(int argc, char **argv)
{
	printf("%.3f %g\n", 2.5 * argc, 1e6 * argc);
	return 0;
}
"""


def build(tmp_path, src, plat):
    c = tmp_path / "main.c"
    c.write_text(src)
    cflags = uklink("--plat", plat, "--cflags").out.split()
    cflags += ["-target", "x86_64-unknown-none-elf"]
    obj = compile_c(c, tmp_path / "main.o", cc="clang-19",
                    flags=["-O2", "-flto", *cflags])
    return link([obj], tmp_path / "img", plat=plat)


def has_float(img, plat):
    """Whether the float formatter's member was linked (after LTO its
    code is inlined into the formatter, so ask uklink, not the image)."""
    r = uklink("--plat", plat, img.parent / "main.o", "-o", img,
               "--why", "_nolibc_vfmt_float")
    assert r.rc == 0, r
    line = r.out.splitlines()[0]
    assert line.startswith("_nolibc_vfmt_float: "), r
    return "vfmt_float.o), which is not linked" not in line


@pytest.mark.parametrize("plat", ["linuxu", "kvm"])
def test_kernel_printing_links_no_float(tmp_path, plat):
    img = build(tmp_path, KERNEL_ONLY, plat)
    assert not has_float(img, plat)
    if plat == "linuxu":
        r = boot(img, plat=plat)
        assert r.rc == 0 and "SUCCESS" in r.out, r
        # the double is consumed and shown as '?'
        assert "kernel 7 ?" in r.out + r.err, r


@pytest.mark.parametrize("plat", ["linuxu", "kvm"])
def test_app_printf_prints_doubles(tmp_path, plat):
    img = build(tmp_path, APP_FLOAT, plat)
    assert has_float(img, plat)
    if plat == "linuxu":
        r = boot(img, plat=plat)
        assert r.rc == 0 and r.out == "2.500 1e+06\n", r
