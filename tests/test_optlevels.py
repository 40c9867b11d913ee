"""LTO levels (docs/uklink.md): -O0, -O1, -O2 (default), -O3 and
--lean-lto link images that boot and behave the same; -O1's pipeline does not fold link-time
options into constants (the option symbols stay in the image, which is
larger), -O2 and -O3 do, and an option still takes effect at -O1."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link

HELLO = ROOT / "apps" / "helloworld" / "main.c"
# A pool option helloworld's printf path reads (nolibc): folded at -O2.
OPTION = "uk_opt_NOLIBC_PRINTF_FLOAT"


@pytest.fixture(scope="module")
def obj(tmp_path_factory):
    return compile_c(HELLO, tmp_path_factory.mktemp("hello") / "main.o")


def symbols(img):
    r = subprocess.run(["llvm-nm-19", str(img)], capture_output=True,
                       text=True, check=True)
    return {l.split()[-1] for l in r.stdout.splitlines() if l.strip()}


@pytest.mark.parametrize("level", ["-O0", "-O1", "-O2", "-O3"])
def test_level_links_and_boots(obj, tmp_path, level):
    img = link([obj], tmp_path / "hello", level, "-D", "PRINTARGS=y",
               "-D", "UKBOOT_ARGV0=hello")
    r = boot(img, "a", "b c")
    assert r.out == 'Hello world!\nArguments: "hello" "a" "b c"\n', r
    assert r.rc == 0, r
    folded = OPTION not in symbols(img)
    assert folded == (level in ("-O2", "-O3")), (level, sorted(
        s for s in symbols(img) if s.startswith("uk_opt_")))


def test_o1_image_is_larger_than_o2(obj, tmp_path):
    o1 = link([obj], tmp_path / "o1", "-O1").stat().st_size
    o2 = link([obj], tmp_path / "o2", "-O2").stat().st_size
    assert o1 > o2, (o1, o2)


def test_lean_lto_folds_and_boots(obj, tmp_path):
    """--lean-lto (uklink/ldcmd.c's shorter pipeline) still folds options
    and links the same program."""
    img = link([obj], tmp_path / "lean", "--lean-lto", "-D", "PRINTARGS=y",
               "-D", "UKBOOT_ARGV0=hello")
    r = boot(img, "a", "b c")
    assert r.out == 'Hello world!\nArguments: "hello" "a" "b c"\n', r
    assert r.rc == 0, r
    assert OPTION not in symbols(img)
