"""The core libraries' unit tests (libpool/*/tests/test_*.c) as linuxu
processes: the fast path of `make test`. Each is built like an
application (clang-19 -flto against the pool's headers, uklink --plat
linuxu) and must print SUCCESS and exit with the status its header states
(0 unless 'expected exit status is N'), given the arguments its header
asks for ('Run with the arguments: ...'). argv[0] is UKBOOT_ARGV0's
default, as a kvm guest sees it."""
import pytest

from lxutil import ROOT, build, header_args, run

UNITS = sorted(ROOT.glob("libpool/*/tests/test_*.c"))


@pytest.mark.parametrize("src", UNITS,
                         ids=[f"{p.parent.parent.name}/{p.stem}" for p in UNITS])
def test_unit(src, tmp_path):
    args, status = header_args(src)
    img = build(src, tmp_path, cc="clang-19", flags=["-flto", "-O2"],
                pool_headers=True)
    r = run(img, *args, argv0="unikernel")
    assert "SUCCESS" in r.out and "FAIL" not in r.out.replace("FAILURE", ""), r
    assert r.rc == status, r
