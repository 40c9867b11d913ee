"""Float formatting costs nothing unless the application may print a
double (libpool/nolibc/src/stdio/stdio_impl.h, uklink/fpuse.c):
- kernel printing (uk_pr_*, uk_printk, nolibc's assert message) goes
  through vsniprintf and never links the float formatter;
- the printf family links it, and NOLIBC_PRINTF_FLOAT defaults to `fp`:
  y when the application's objects use floating point, so an application
  without doubles gets printf without float code, one with doubles gets
  them printed. Checked for LLVM bitcode and native objects on linuxu
  (run as a process), and linked for kvm; the decision itself in detail:
  tests/test_fpuse.py."""
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

APP_NO_FLOAT = r"""
#include <stdio.h>
int main(int argc, char **argv)
{
	printf("%s has %d argument%s\n", "app", argc - 1, argc == 2 ? "" : "s");
	return 0;
}
"""

# How each kind of object is made: bitcode against the pool's headers,
# or a native object as a user's `cc -c` (host headers), at two levels.
KINDS = {
    "bitcode": ("clang-19", ["-O2", "-flto"], True),
    "native-O0": ("gcc", ["-O0"], False),
    "native-O2": ("gcc", ["-O2"], False),
}


def build(tmp_path, src, plat, kind="bitcode"):
    cc, flags, pool_headers = KINDS[kind]
    c = tmp_path / "main.c"
    c.write_text(src)
    if pool_headers:
        flags = flags + uklink("--plat", plat, "--cflags").out.split()
        flags += ["-target", "x86_64-unknown-none-elf"]
    obj = compile_c(c, tmp_path / "main.o", cc=cc, flags=flags)
    return link([obj], tmp_path / "img", plat=plat)


def why_float(img, plat):
    """uklink's answer for the float formatter: its member is 'not
    linked', or linked and then 'dropped by LTO', or 'in the image'."""
    r = uklink("--plat", plat, img.parent / "main.o", "-o", img,
               "--why", "_nolibc_vfmt_float")
    assert r.rc == 0, r
    line = r.out.splitlines()[0]
    assert line.startswith("_nolibc_vfmt_float: "), r
    if "vfmt_float.o), which is not linked" in line:
        return "not linked"
    if "dropped by LTO" in line:
        return "dropped"
    assert "in the image" in line, r
    return "in the image"


def option_value(img, plat):
    r = uklink("--plat", plat, img.parent / "main.o", "--options")
    assert r.rc == 0, r
    row = [l.split("\t") for l in r.out.splitlines()
           if l.startswith("NOLIBC_PRINTF_FLOAT\t")]
    assert row and row[0][3] == "fp", r
    return row[0][2]


@pytest.mark.parametrize("plat", ["linuxu", "kvm"])
def test_kernel_printing_links_no_float(tmp_path, plat):
    img = build(tmp_path, KERNEL_ONLY, plat)
    assert why_float(img, plat) == "not linked"
    if plat == "linuxu":
        r = boot(img, plat=plat)
        assert r.rc == 0 and "SUCCESS" in r.out, r
        # the double is consumed and shown as '?'
        assert "kernel 7 ?" in r.out + r.err, r


# every kind of object on linuxu; kvm shares the analysis: bitcode only
PLAT_KINDS = [("linuxu", k) for k in sorted(KINDS)] + [("kvm", "bitcode")]


@pytest.mark.parametrize("plat,kind", PLAT_KINDS)
def test_app_printf_prints_doubles(tmp_path, plat, kind):
    img = build(tmp_path, APP_FLOAT, plat, kind)
    assert option_value(img, plat) == "1"
    assert why_float(img, plat) != "not linked"
    if plat == "linuxu":
        r = boot(img, plat=plat)
        assert r.rc == 0 and r.out == "2.500 1e+06\n", r


@pytest.mark.parametrize("plat,kind", PLAT_KINDS)
def test_app_printf_without_doubles_has_no_float_code(tmp_path, plat, kind):
    img = build(tmp_path, APP_NO_FLOAT, plat, kind)
    assert option_value(img, plat) == "0"
    assert why_float(img, plat) == "dropped"
    if plat == "linuxu":
        r = boot(img, "x", plat=plat)
        assert r.rc == 0 and r.out == "app has 1 argument\n", r


def test_explicit_option_wins(tmp_path):
    """-D decides over the analysis: n prints '?' for a double."""
    img = build(tmp_path, APP_FLOAT, "linuxu", "native-O0")
    r = uklink("--plat", "linuxu", img.parent / "main.o", "-o", img,
               "-D", "NOLIBC_PRINTF_FLOAT=n")
    assert r.rc == 0, r
    r = boot(img, plat="linuxu")
    assert r.rc == 0 and r.out == "? ?\n", r
