"""Thread-local variables (docs/threads.md, "Thread-local variables"):
uklink keeps the template's TLS lines (PT_TLS, .tdata/.tbss, the boot TLS
block, ukboot_tls_setup) only when an application object has TLS, so an
image without it has none of them; tests/apps/tls_count.c, a pthreads
program with __thread variables, compiled with every TLS access model a
host compiler emits (gcc's default PIE local-exec, initial-exec through
the GOT, -fPIC general/local-dynamic calls to __tls_get_addr that ld.lld
rewrites, clang -fno-pic, clang -flto bitcode), prints what it prints
natively with glibc. The thread-by-thread checks are the feature test
libpool/uksched/tests/test_thread_local.c."""
import re
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link, uklink

APP = ROOT / "tests" / "apps" / "tls_count.c"
HELLO = ROOT / "apps" / "helloworld" / "main.c"
MODELS = {
    "gcc-pie-le": ("gcc", ["-O2"]),
    "gcc-ie": ("gcc", ["-O2", "-fPIC", "-ftls-model=initial-exec"]),
    "gcc-pic-gd": ("gcc", ["-O2", "-fPIC"]),
    "clang-nopic": ("clang-19", ["-O2", "-fno-pic"]),
    "clang-lto": ("clang-19", ["-O2", "-flto"]),
}
RELOCS = {"gcc-pie-le": "R_X86_64_TPOFF32", "gcc-ie": "R_X86_64_GOTTPOFF",
          "gcc-pic-gd": "R_X86_64_TLSGD"}


def readelf(*args):
    return subprocess.run(["readelf", "-W", *map(str, args)], check=True,
                          capture_output=True, text=True).stdout


def tls_parts(img):
    """(has PT_TLS, TLS section names, ukboot_tls_setup linked)"""
    phdrs = readelf("-l", img)
    secs = [m.group(1) for m in re.finditer(r"\]\s+(\.tdata|\.tbss)\s",
                                            readelf("-S", img))]
    syms = readelf("-s", img)
    return (any(l.split()[:1] == ["TLS"] for l in phdrs.splitlines()),
            secs, "ukboot_tls_setup" in syms)


@pytest.fixture(scope="module")
def native_out(tmp_path_factory):
    exe = tmp_path_factory.mktemp("native") / "tls_count"
    subprocess.run(["gcc", "-O2", "-pthread", str(APP), "-o", str(exe)],
                   check=True)
    r = subprocess.run([str(exe)], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r
    assert r.stdout.endswith("main: calls 6 total 1 joined 9015\n"), r
    return r.stdout


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
def test_no_tls_no_segment(plat, tmp_path):
    obj = compile_c(HELLO, tmp_path / "hello.o", cc="gcc", flags=["-O2"])
    img = link([obj], tmp_path / "hello", "--keep-temps", tmp_path / "t",
               plat=plat)
    assert tls_parts(img) == (False, [], False)
    script = (tmp_path / "t" / "link.ld").read_text()
    assert "tls PT_TLS" not in script and ".tdata :" not in script
    assert "@UK_TLS@" in script  # the comment: the lines were there


@pytest.mark.parametrize("model", list(MODELS))
def test_tls_object_gets_segment(model, tmp_path):
    cc, flags = MODELS[model]
    obj = compile_c(APP, tmp_path / "app.o", cc=cc, flags=flags)
    if model in RELOCS:
        relocs = subprocess.run(["readelf", "-rW", str(obj)], check=True,
                                capture_output=True, text=True).stdout
        assert RELOCS[model] in relocs
    img = link([obj], tmp_path / "app", plat="linuxu")
    has, secs, setup = tls_parts(img)
    assert has and ".tdata" in secs and ".tbss" in secs and setup


@pytest.mark.parametrize("plat,model", [
    *[("linuxu", m) for m in MODELS],
    ("kvm", "gcc-pie-le"), ("kvm", "gcc-ie"), ("kvm", "clang-lto"),
])
def test_same_output_as_native(plat, model, native_out, tmp_path):
    cc, flags = MODELS[model]
    obj = compile_c(APP, tmp_path / "app.o", cc=cc, flags=flags)
    img = link([obj], tmp_path / "app", plat=plat)
    r = boot(img, plat=plat)
    assert r.rc == 0, r
    assert r.out == native_out, r



@pytest.mark.parametrize("model", ["gcc-pie-le", "clang-lto"])
def test_tls_archive_member_gets_segment(model, tmp_path):
    """An application archive's member with TLS counts too (ELF and
    bitcode members are read differently)."""
    cc, flags = MODELS[model]
    obj = compile_c(APP, tmp_path / "app.o", cc=cc, flags=flags)
    lib = tmp_path / "libapp.a"
    subprocess.run(["llvm-ar-19", "rc", str(lib), str(obj)], check=True)
    img = link([lib], tmp_path / "app", plat="linuxu")
    has, secs, setup = tls_parts(img)
    assert has and ".tdata" in secs and setup
    r = boot(img, plat="linuxu")
    assert r.rc == 0 and r.out.endswith("joined 9015\n"), r
