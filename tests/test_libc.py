"""The C library choice (docs/uklink.md, "The C library"): `--libc
nolibc|newlib` picks the library and, with --cflags, its headers; an object
compiled against newlib's headers links only with newlib (a mismatch fails
to link instead of running with the wrong errno/FILE ABI), one compiled
against nolibc's or glibc's headers with either (docs/hostcc.md)."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link, pool_target, uklink

HELLO = ROOT / "apps" / "helloworld" / "main.c"
# Target for helloworld on newlib, stripped, at LTO -O2 (docs/porting.md,
# "The C library"): measured 26688 bytes on x86_64-kvm with the integer-only
# printf that NEWLIB_STDIO_FLOAT=n selects (45000 with the float one).
NEWLIB_HELLO_LIMIT = 48 * 1024

ERRNO_APP = r"""
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
int main(void)
{
	errno = 0;
	strtol("99999999999999999999999", NULL, 10);
	fprintf(stderr, "errno %s\n", errno == ERANGE ? "ERANGE" : "wrong");
	return errno == ERANGE ? 0 : 1;
}
"""


def cflags(*opts, plat="kvm"):
    r = uklink("--plat", plat, "--cflags", *opts)
    assert r.rc == 0, r
    return r.out.split()


def test_cflags_per_libc():
    target = str(pool_target())
    inc = str(pool_target() / "include")
    assert cflags() == [f"--sysroot={target}", "-isystem", inc]
    assert cflags("--libc", "nolibc") == cflags()
    assert cflags("--libc", "newlib") == [
        f"--sysroot={target}", "-isystem", inc + "/newlib", "-isystem", inc]
    assert (pool_target() / "include" / "newlib" / "stdio.h").exists()


@pytest.mark.parametrize("name,msg", [
    ("ukalloc", "--libc ukalloc: not a C library (group libc)"),
    ("newlibc", "--libc newlibc: no such library"),
])
def test_libc_must_be_a_c_library(name, msg, tmp_path):
    obj = compile_c(HELLO, tmp_path / "main.o", cc="gcc", flags=["-O2"])
    for mode in (["--cflags"], [obj]):
        r = uklink("--plat", "kvm", "--libc", name, *mode)
        assert r.rc == 1, r
        assert msg in r.err and "(C libraries: newlib, nolibc)" in r.err, r


def test_one_libc_per_command_line():
    r = uklink("--plat", "kvm", "--libc", "newlib", "--libc", "nolibc", "x.o")
    assert r.rc == 2 and "the C library is already newlib" in r.err, r


@pytest.mark.parametrize("cc", ["clang-19", "gcc"])
def test_newlib_helloworld(cc, tmp_path):
    flags = ["-O2", *cflags("--libc", "newlib")]
    if cc == "clang-19":
        flags.insert(0, "-flto")
    obj = compile_c(HELLO, tmp_path / "main.o", cc=cc, flags=flags)
    r = uklink("--plat", "kvm", "--libc", "newlib", "-O2", "-v", obj,
               "-o", tmp_path / "hello")
    assert r.rc == 0, r
    assert "uklink: lib newlib (reason: --libc)" in r.err
    assert "uklink: libc newlib (reason: --libc)" in r.err
    assert "uklink: lib nolibc " not in r.err
    out = boot(tmp_path / "hello")
    assert out.out == "Hello world!\n" and out.rc == 0, out
    s = tmp_path / "hello.stripped"
    subprocess.run(["llvm-strip-19", "-o", str(s), str(tmp_path / "hello")],
                   check=True)
    size = s.stat().st_size
    print(f"helloworld on newlib ({cc}), stripped: {size} bytes")
    assert size <= NEWLIB_HELLO_LIMIT, f"stripped: {size} bytes"


FLOAT_APP = r"""
#include <stdio.h>
int main(int argc, char *argv[])
{
	double d = argc * 1.5;
	float f;
	int n;
	(void)argv;
	printf("%f %.3e %g\n", d, d * 1000, d / 4);
	if (sscanf("2.5 7", "%f %d", &f, &n) != 2)
		return 1;
	printf("%g %d\n", f, n);
	return 0;
}
"""


INT_APP = r"""
#include <stdio.h>
int main(int argc, char *argv[])
{
	char buf[32];
	int a, b;
	if (sscanf("12 0x1f", "%d %i", &a, &b) != 2)
		return 1;
	snprintf(buf, sizeof(buf), "%-4d|%5x|", a, b);
	printf("%s %s %d %%f\n", buf, argv[argc - 1], argc);
	return 0;
}
"""


def defined_symbols(image):
    nm = subprocess.run(["llvm-nm-19", "--defined-only", str(image)],
                        check=True, capture_output=True, text=True)
    return {line.split()[-1] for line in nm.stdout.splitlines()}


def link_newlib_app(tmp_path, name, source, decision):
    """Compiles SOURCE with gcc against newlib's headers and links it;
    uklink -v must report DECISION for NEWLIB_STDIO_FLOAT."""
    src = tmp_path / f"{name}.c"
    src.write_text(source)
    obj = compile_c(src, tmp_path / f"{name}.o", cc="gcc",
                    flags=["-O2", *cflags("--libc", "newlib")])
    r = uklink("--plat", "kvm", "--libc", "newlib", "-v", obj,
               "-o", tmp_path / name)
    assert r.rc == 0, r
    assert f"uklink: NEWLIB_STDIO_FLOAT={decision}: the application " in r.err, r.err
    return obj, tmp_path / name


def test_newlib_stdio_float_follows_the_application(tmp_path):
    """NEWLIB_STDIO_FLOAT (patches/0001 of libpool/newlib): without
    floating point in the application, printf and scanf are newlib's
    integer-only conversions and the float ones (dtoa) are not linked;
    with it, doubles are printed and scanned."""
    obj, img = link_newlib_app(tmp_path, "int", INT_APP, "n")
    assert "_dtoa_r" not in defined_symbols(img)
    out = boot(img, "a%d")
    assert out.out == "12  |   1f| a%d 2 %f\n" and out.rc == 0, out
    # Asked for: the float conversions are there although unused.
    r = uklink("--plat", "kvm", "--libc", "newlib", obj,
               "-D", "NEWLIB_STDIO_FLOAT=y", "-o", tmp_path / "forced")
    assert r.rc == 0, r
    assert "_dtoa_r" in defined_symbols(tmp_path / "forced")
    smaller = (tmp_path / "forced").stat().st_size - img.stat().st_size
    assert smaller > 8 * 1024, f"integer-only saves {smaller} bytes"

    _, img = link_newlib_app(tmp_path, "float", FLOAT_APP, "y")
    out = boot(img)
    assert out.out == "1.500000 1.500e+03 0.375\n2.5 7\n" and out.rc == 0, out


def test_default_libc_reason(tmp_path):
    obj = compile_c(HELLO, tmp_path / "main.o", cc="gcc", flags=["-O2"])
    r = uklink("--plat", "kvm", "-v", obj, "-o", tmp_path / "hello")
    assert r.rc == 0, r
    line = [l for l in r.err.splitlines() if l.startswith("uklink: libc ")]
    assert line == [f"uklink: libc nolibc (reason: puts needed by {obj}; "
                    "rank 10 < 20)"], r.err


@pytest.fixture
def errno_objs(tmp_path):
    src = tmp_path / "app.c"
    src.write_text(ERRNO_APP)
    return {libc: compile_c(src, tmp_path / f"app-{libc}.o", cc="clang-19",
                            flags=["-O2", "-flto", *cflags("--libc", libc)])
            for libc in ("nolibc", "newlib")}


def test_newlib_headers_do_not_link_with_nolibc(errno_objs, tmp_path):
    """newlib's headers reach errno and FILE through newlib's own names
    (__errno, _impure_ptr), which nolibc does not have."""
    r = uklink("--plat", "kvm", "--libc", "nolibc", errno_objs["newlib"],
               "-o", tmp_path / "app")
    assert r.rc == 1, r
    # newlib's __errno alone would link with nolibc (nolibcm bridges it for
    # newlibm), but its FILE pointers come from _impure_ptr.
    assert ("error: " in r.err and "no library of group 'libc' exports "
            "every symbol the program needs from it "
            "(nolibc is linked: --libc nolibc)" in r.err), r
    notes = [l for l in r.err.splitlines() if l.startswith("uklink: note: ")]
    assert [l for l in notes if "_impure_ptr" in l.split(": only in ")[0] and
            ": only in newlib (needed by " in l], r
    assert not (tmp_path / "app").exists()


def test_nolibc_headers_link_with_newlib(errno_objs, tmp_path):
    """nolibc's headers have glibc's ABI (errno is *__errno_location(),
    stdin/stdout/stderr are FILE pointers), which newlib also serves
    (docs/hostcc.md, "newlib with glibc's ABI")."""
    r = uklink("--plat", "kvm", "--libc", "newlib", errno_objs["nolibc"],
               "-o", tmp_path / "app")
    assert r.rc == 0, r
    out = boot(tmp_path / "app")
    assert "errno ERANGE" in out.out + out.err and out.rc == 0, out


@pytest.mark.parametrize("headers", ["nolibc", "newlib"])
def test_headers_pick_the_libc(errno_objs, headers, tmp_path):
    """Without --libc, the symbols an object needs choose its C library."""
    r = uklink("--plat", "kvm", "-v", errno_objs[headers],
               "-o", tmp_path / "app")
    assert r.rc == 0, r
    assert f"uklink: libc {headers} (reason: " in r.err, r.err
    out = boot(tmp_path / "app")
    assert "errno ERANGE" in out.out + out.err and out.rc == 0, out
