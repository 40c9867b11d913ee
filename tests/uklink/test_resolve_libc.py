"""The C library is chosen for the program (uklink/groups.c): the
lowest-ranked library of group libc that exports every symbol the program
needs from it; -v says why; --libc forces one; when none can serve, one
error lists each symbol some C library lacks, once, with the libraries
that have it. A pool of three C libraries of their own."""
import os

import pytest

import poolgen
from conftest import app, golden, libs_of

LIBCS = {
    "nolibc": {"group": "libc", "rank": 10, "members": {
        "printf": "int printf(const char *f, ...){return 0;}",
        "strlen": "unsigned long strlen(const char *s){return 0;}",
        "special": "int nolibc_special(void){return 0;}",
        "only": "int nolibc_only(void){return 0;}"}},
    "newlib": {"group": "libc", "rank": 20, "members": {
        "printf": "int printf(const char *f, ...){return 1;}",
        "strlen": "unsigned long strlen(const char *s){return 1;}",
        "fopen": "void *fopen(const char *p, const char *m){return 0;}",
        "tmpfile": "void *tmpfile(void){return 0;}"}},
    "biglibc": {"group": "libc", "rank": 30, "members": {
        "printf": "int printf(const char *f, ...){return 2;}",
        "strlen": "unsigned long strlen(const char *s){return 2;}",
        "fopen": "void *fopen(const char *p, const char *m){return 0;}",
        "only": "int nolibc_only(void){return 2;}"}},
    # a library that needs a C library call itself
    "usetmp": {"members": {"t": "void *tmpfile(void);"
                                "void *use_tmp(void){return tmpfile();}"}},
}

DECL = ("int printf(const char *, ...); unsigned long strlen(const char *);"
        "void *fopen(const char *, const char *); void *tmpfile(void);"
        "int nolibc_only(void); int nolibc_special(void);"
        "void *use_tmp(void);")


@pytest.fixture(scope="module")
def libcpool(tmp_path_factory):
    root = str(tmp_path_factory.mktemp("libcs") / "pool")
    poolgen.build_pool(root, LIBCS)
    return root


@pytest.fixture
def ldir(tmp_path, libcpool):
    os.symlink(libcpool, tmp_path / "pool")
    return tmp_path


LINK = ["--pool", "pool", "--plat", "kvm", "-v", "-###"]


def libc_line(stderr):
    return [l for l in stderr.splitlines() if l.startswith("uklink: libc ")]


def prog(ldir, name, body, fn="main"):
    return app(ldir, name, DECL + f"int {fn}(void){{" + body + "return 0;}")


def test_smallest_libc_that_serves(run, ldir):
    prog(ldir, "main.o", 'printf("x"); strlen("");')
    p = run(*LINK, "main.o", check=0)
    assert libs_of(p.stderr) == ["kvm", "nolibc"]
    assert libc_line(p.stderr) == [
        "uklink: libc nolibc (reason: printf needed by main.o; rank 10 < 20)"]


def test_libc_moves_for_a_call_only_a_bigger_one_has(run, ldir):
    prog(ldir, "main.o", 'printf("x"); fopen(0, 0);')
    p = run(*LINK, "main.o", check=0)
    assert libs_of(p.stderr) == ["kvm", "newlib"]
    assert libc_line(p.stderr) == [
        "uklink: libc newlib (reason: fopen needed by main.o; nolibc lacks "
        "fopen (needed by main.o); newlib is the C library of lowest rank "
        "that exports every symbol needed)"]


def test_libc_tried_in_rank_order(run, ldir):
    """nolibc lacks fopen, newlib lacks nolibc_only: biglibc has both."""
    prog(ldir, "main.o", "nolibc_only(); fopen(0, 0); printf(\"x\");")
    p = run(*LINK, "main.o", check=0)
    assert libs_of(p.stderr) == ["biglibc", "kvm"]
    (line,) = libc_line(p.stderr)
    assert "nolibc lacks fopen (needed by main.o)" in line
    assert "newlib lacks nolibc_only (needed by main.o)" in line
    assert line.endswith("biglibc is the C library of lowest rank that "
                         "exports every symbol needed)")


def test_libc_needed_by_a_library(run, ldir):
    prog(ldir, "main.o", "use_tmp();")
    p = run(*LINK, "main.o", check=0)
    assert libs_of(p.stderr) == ["kvm", "newlib", "usetmp"]
    assert libc_line(p.stderr) == [
        "uklink: libc newlib (reason: tmpfile needed by libusetmp.a(t.o); "
        "nolibc lacks tmpfile (needed by libusetmp.a(t.o)); newlib is the "
        "C library of lowest rank that exports every symbol needed)"]


def test_libc_forced(run, ldir):
    prog(ldir, "main.o", 'printf("x");')
    p = run(*LINK, "--libc", "biglibc", "main.o", check=0)
    assert libs_of(p.stderr) == ["biglibc", "kvm"]
    assert libc_line(p.stderr) == ["uklink: libc biglibc (reason: --libc)"]


def test_no_libc_needed(run, ldir):
    app(ldir, "main.o", "int main(void){return 0;}")
    p = run(*LINK, "main.o", check=0)
    assert libc_line(p.stderr) == ["uklink: libc none"]


def test_no_libc_serves_reported_once(run, ldir):
    """Each symbol some C library lacks, once, with its libraries and who
    needs it; symbols every C library has (printf, strlen) are not listed;
    one error however many objects need them."""
    prog(ldir, "main.o", 'nolibc_special(); tmpfile(); printf("x"); '
         'strlen("");')
    prog(ldir, "other.o", 'tmpfile(); strlen(""); fopen(0, 0);', fn="other")
    p = run("--pool", "pool", "--plat", "kvm", "main.o", "other.o", check=1)
    golden("libc_none_serves.txt", p.stderr)


def test_forced_libc_lacks(run, ldir):
    prog(ldir, "main.o", 'fopen(0, 0); tmpfile(); printf("x");')
    p = run("--pool", "pool", "--plat", "kvm", "--libc", "nolibc", "main.o",
            check=1)
    golden("libc_forced_lacks.txt", p.stderr)
