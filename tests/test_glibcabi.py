"""glibc's ABI over newlib (docs/hostcc.md, "newlib with glibc's ABI"):
tests/apps/glibcabi.c, compiled by the host's gcc against glibc's headers,
needs calls only newlib has among the pool's C libraries (wide
characters, strtold, asprintf, arc4random, sigaction) and uses glibc's
inline FILE paths, errno and flag values, struct stat, struct tm,
struct sigaction and jmp_buf. Linked with `--libc newlib`, booted, its
output must equal the same object linked with glibc and run on the host
(nothing expected is written here)."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link, skip_xen

APP = ROOT / "tests" / "apps" / "glibcabi.c"
HARDENED = ["-O2", "-D_FORTIFY_SOURCE=2", "-fstack-protector-strong",
            "-D_FILE_OFFSET_BITS=64"]
FLAGS = {"plain": [], "hardened": HARDENED}
ARGS = ["a b", "last"]
STATUS = 3


def native(obj, tmp_path, merged):
    """The object linked with glibc, run in a scratch directory (the
    program's files are relative names) with the unikernel's time zone."""
    exe = tmp_path / "native"
    subprocess.run(["gcc", str(obj), "-o", str(exe)], check=True)
    work = tmp_path / "cwd"
    work.mkdir()
    r = subprocess.run([str(exe), *ARGS], text=True, cwd=work,
                       env={"TZ": "UTC", "PATH": "/usr/bin:/bin"},
                       stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT if merged else subprocess.PIPE)
    assert r.returncode == STATUS, r
    return r.stdout, r.stderr


def undefined(obj):
    nm = subprocess.run(["nm", "-u", str(obj)], check=True,
                        capture_output=True, text=True)
    return {line.split()[-1] for line in nm.stdout.splitlines()}


@pytest.fixture(scope="module", params=list(FLAGS))
def app_obj(request, tmp_path_factory):
    d = tmp_path_factory.mktemp(request.param)
    return compile_c(APP, d / "app.o", cc="gcc", flags=FLAGS[request.param])


def test_object_uses_glibc_abi(app_obj):
    """What the test is about: glibc's names, not newlib's."""
    u = undefined(app_obj)
    assert {"stdout", "__errno_location", "__sigsetjmp", "_setjmp"} <= u, u
    if "hardened" in str(app_obj):
        # glibc's inline FILE paths and the LFS64 names.
        assert {"__uflow", "__overflow", "fopen64", "open64", "stat64",
                "__longjmp_chk", "__isoc99_fscanf", "__getdelim"} <= u, u


def test_glibcabi_kvm(app_obj, tmp_path):
    img = link([app_obj], tmp_path / "app", "--libc", "newlib")
    r = boot(img, *ARGS)
    # stderr has its own serial port (docs/vfs.md, "The console on each
    # platform"): the streams arrive apart, as on linuxu.
    out, err = native(app_obj, tmp_path, merged=False)
    assert (r.out, r.err, r.rc) == (out, err, STATUS), r


def test_glibcabi_linuxu(app_obj, tmp_path):
    img = link([app_obj], tmp_path / "app", "--libc", "newlib",
               plat="linuxu")
    r = boot(img, *ARGS, plat="linuxu")
    out, err = native(app_obj, tmp_path, merged=False)
    assert (r.out, r.err, r.rc) == (out, err, STATUS), r


@pytest.mark.xen
@skip_xen()
def test_glibcabi_xen(tmp_path):
    obj = compile_c(APP, tmp_path / "app.o", cc="gcc", flags=HARDENED)
    img = link([obj], tmp_path / "app", "--libc", "newlib", plat="xen")
    r = boot(img, *ARGS, plat="xen")
    # stderr shares the console ring between marks uklink run removes
    out, err = native(obj, tmp_path, merged=False)
    assert out in r.out.replace("\r\n", "\n") and r.rc == STATUS, r
    assert err in r.err.replace("\r\n", "\n") and err not in r.out, r
