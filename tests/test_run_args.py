"""`uklink run` passes guest arguments exactly (docs/uklink.md, "`uklink
run`"): every printable character, quotes, backslashes, blanks, empty
arguments, on kvm (QEMU -append), xen (the xl config's extra=, one boot)
and linuxu (argv), through the guest's parser (libpool/ukargparse) where
there is one. The guest prints each argument in hex."""
import pytest

from uktest import ROOT, boot, compile_c, link, skip_xen

APP = ROOT / "tests" / "apps" / "args.c"
PRINTABLE = "".join(chr(c) for c in range(0x20, 0x7f))
ARGS = [PRINTABLE, "", " ", "a b", "a\\b", '"', "\\", "'", 'puts "a b"',
        "\t", "x\ty", "it's", '\\"', "end"]


def expected(args):
    lines = [f"argc={len(args) + 1}"]
    lines += [f"arg{i}={a.encode().hex()}." for i, a in enumerate(args, 1)]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def obj(tmp_path_factory):
    return compile_c(APP, tmp_path_factory.mktemp("args") / "args.o",
                     cc="gcc", flags=["-O2"])


@pytest.mark.parametrize("plat", ["kvm", "linuxu",
                                  pytest.param("xen", marks=[skip_xen(), pytest.mark.xen])])
def test_every_printable_character(obj, tmp_path, plat):
    img = link([obj], tmp_path / "args", plat=plat)
    r = boot(img, *ARGS, plat=plat)
    assert r.rc == 0, r
    assert r.out == expected(ARGS), r


# kvm and xen take main's argv from the command line: words before a first
# "--" are the libraries' parameters (docs/architecture.md, "Boot flow").
def test_library_parameters_before_dashes(obj, tmp_path):
    img = link([obj], tmp_path / "args", plat="kvm")
    args = ["a", "--", "b", "--", "c d"]
    r = boot(img, "netdev.ip=10.0.0.2/24", "x.y=1", "--", *args, plat="kvm")
    assert r.rc == 0, r
    assert r.out == expected(args), r
