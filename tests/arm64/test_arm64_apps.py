"""Programs on the arm64 targets, compiled by cross compilers as a user
would: helloworld, tests/apps/hostcc.c (glibc's ABI over nolibc and
newlib), tests/apps/glibcabi.c (glibc's ABI over newlib) and primes(6)
from Debian's bsdgames, compiled by Debian's aarch64-linux-gnu-gcc (and
clang-19 --target=aarch64-linux-gnu) against glibc's arm64 headers,
linked by uklink for arm64-kvm (QEMU virt) and arm64-linuxu (under
qemu-aarch64 on this host). Their output and exit status must equal those
of the same objects linked statically with glibc for arm64 and run under
qemu-aarch64 (nothing expected is written here). Each object is compiled
and linked once per module; the native reference runs once per case."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link, run

HOSTCC = ROOT / "tests" / "apps" / "hostcc.c"
GLIBCABI = ROOT / "tests" / "apps" / "glibcabi.c"
HELLO = ROOT / "apps" / "helloworld" / "main.c"
PRIMES = ROOT / "build" / "src" / "primes"
GCC = "aarch64-linux-gnu-gcc"
CLANG = ["clang-19", "--target=aarch64-linux-gnu"]
HARDENED = ["-O2", "-D_FORTIFY_SOURCE=2", "-fstack-protector-strong"]
PLATS = ["kvm", "linuxu"]


def cc(src, out, compiler, flags=()):
    cmd = [GCC] if compiler == "gcc" else CLANG
    subprocess.run([*cmd, *flags, "-c", str(src), "-o", str(out)], check=True)
    return out


def native_exe(objs, out):
    """The objects linked statically with glibc for arm64."""
    subprocess.run([GCC, "-static", *map(str, objs), "-o", str(out), "-lm"],
                   check=True)
    return out


def native(exe, args, merged, cwd=None, env=None):
    return subprocess.run(["qemu-aarch64", str(exe), *args], text=True,
                          cwd=cwd, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT if merged
                          else subprocess.PIPE, timeout=120)


def compare(img, exe, args, plat, status, cwd=None, env=None):
    """The image's output against the native program's: on kvm stdout and
    stderr share the console (the programs flush stdout first), on linuxu
    they stay apart."""
    r = boot(img, *args, plat=plat, arch="arm64")
    want = native(exe, args, merged=plat == "kvm", cwd=cwd, env=env)
    assert want.returncode == status, want
    if plat == "kvm":
        assert r.out == want.stdout and r.rc == status, r
    else:
        assert (r.out, r.err, r.rc) == (want.stdout, want.stderr,
                                        status), r


def test_helloworld(tmp_path):
    """gcc and clang (bitcode) objects; the arguments reach main."""
    gcc_o = cc(HELLO, tmp_path / "gcc.o", "gcc")
    lto_o = cc(HELLO, tmp_path / "lto.o", "clang", ["-O2", "-flto"])
    for plat in PLATS:
        for o in (gcc_o, lto_o):
            img = link([o], tmp_path / f"hello-{plat}-{o.stem}", "-D",
                       "PRINTARGS=y", plat=plat, arch="arm64")
            r = boot(img, "a", "b c", plat=plat, arch="arm64")
            argv0 = "unikernel" if plat == "kvm" else str(img)
            assert r.out == ('Hello world!\nArguments: '
                             f'"{argv0}" "a" "b c"\n'), r
            assert r.rc == 0, r


HOSTCC_BUILDS = {"gcc": ("gcc", []), "gcc-hardened": ("gcc", HARDENED),
                 "clang": ("clang", ["-O2"])}


@pytest.fixture(scope="module", params=list(HOSTCC_BUILDS))
def hostcc(request, tmp_path_factory):
    d = tmp_path_factory.mktemp(request.param)
    compiler, flags = HOSTCC_BUILDS[request.param]
    o = cc(HOSTCC, d / "app.o", compiler, flags)
    return o, native_exe([o], d / "native"), d


@pytest.mark.parametrize("libc", ["nolibc", "newlib"])
@pytest.mark.parametrize("plat", PLATS)
def test_hostcc(hostcc, plat, libc):
    o, exe, d = hostcc
    opts = ["--libc", "newlib"] if libc == "newlib" else []
    img = link([o], d / f"app-{plat}-{libc}", *opts, plat=plat, arch="arm64")
    compare(img, exe, ["abcdefghijkl"], plat, 3)


@pytest.fixture(scope="module", params=["plain", "hardened"])
def glibcabi(request, tmp_path_factory):
    d = tmp_path_factory.mktemp("glibcabi-" + request.param)
    flags = HARDENED + ["-D_FILE_OFFSET_BITS=64"] \
        if request.param == "hardened" else []
    o = cc(GLIBCABI, d / "app.o", "gcc", flags)
    return o, native_exe([o], d / "native"), d


@pytest.mark.parametrize("plat", PLATS)
def test_glibcabi(glibcabi, plat):
    o, exe, d = glibcabi
    img = link([o], d / f"app-{plat}", "--libc", "newlib", plat=plat,
               arch="arm64")
    work = d / f"cwd-{plat}"
    work.mkdir()
    compare(img, exe, ["a b", "last"], plat, 3, cwd=work,
            env={"TZ": "UTC", "PATH": "/usr/bin:/bin"})


PRIMES_RUNS = [["1", "2000"], ["4294960000", "4294967295"], ["9", "3"]]


@pytest.fixture(scope="module")
def primes(tmp_path_factory):
    if not (ROOT / "build" / "src" / "primes.stamp").exists():
        r = run(["sh", "mk/fetch.sh", "apps/primes", str(ROOT / "build")],
                cwd=ROOT, timeout=600)
        assert r.rc == 0, f"fetching bsdgames' primes failed: {r}"
    d = tmp_path_factory.mktemp("primes")
    objs = []
    for name in ("primes", "pattern", "pr_tbl"):
        objs.append(cc(PRIMES / "primes" / f"{name}.c", d / f"{name}.o",
                       "gcc", ["-D_GNU_SOURCE", "-O2",
                               "-fstack-protector-strong",
                               "-D_FORTIFY_SOURCE=2",
                               "-I", str(ROOT / "apps" / "primes"),
                               "-I", str(PRIMES / "include"),
                               "-I", str(PRIMES / "primes")]))
    return objs, native_exe(objs, d / "native"), d


@pytest.mark.parametrize("plat", PLATS)
def test_primes(primes, plat):
    objs, exe, d = primes
    img = link(objs, d / f"primes-{plat}", "-D", "UKBOOT_ARGV0=primes",
               plat=plat, arch="arm64")
    for args in PRIMES_RUNS:
        want = native(exe, args, merged=False)
        r = boot(img, *args, plat=plat, arch="arm64")
        if want.returncode == 0:
            assert r.out == want.stdout and r.rc == 0, (args, r)
            assert want.stdout.count("\n") > 10, want.stdout
        else:
            # err(3) messages: glibc starts them with the program's
            # name, nolibc with the message.
            msg = want.stderr.split(": ", 1)[1]
            assert r.rc == want.returncode and msg in r.out + r.err, \
                (args, r)
