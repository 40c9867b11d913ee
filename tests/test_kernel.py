"""The kvm platform's contract as a guest sees it: exit status, arguments,
crash reports, SSE from a plain host compiler."""
import pytest

from uktest import ROOT, boot, compile_c, link

APPS = ROOT / "tests" / "apps"


def build(name, tmp, cc="gcc", flags=(), link_flags=(), cflags_from=None):
    obj = compile_c(APPS / f"{name}.c", tmp / f"{name}.o", cc=cc, flags=[*flags, *(cflags_from or [])])
    return link([obj], tmp / name, *link_flags)


@pytest.mark.parametrize("status", [0, 1, 3, 42, 126])
def test_exit_status_reaches_host(tmp, status):
    img = build("exitcode", tmp)
    r = boot(img, str(status))
    assert f"exiting with {status}\n" in r.out, r
    assert r.rc == status, r


def test_null_dereference_report(tmp):
    img = build("crash_null", tmp, flags=["-O1"])
    r = boot(img)
    assert "about to crash" in r.out
    assert "still alive" not in r.out
    assert "page fault" in r.out.lower() or "#PF" in r.out, r
    assert "crash_here" in r.out, r   # the faulting function, by name
    assert "RIP" in r.out and "CR2" in r.out, r
    assert r.rc == 127, r


def test_failed_assertion_report(tmp, cflags):
    img = build("crash_assert", tmp, cc="clang-19", flags=["-O2"], cflags_from=cflags)
    r = boot(img)
    assert "asserting" in r.out
    assert "still alive" not in r.out
    assert "assertion failed" in r.out and "argc == 42" in r.out, r
    assert "crash_assert.c" in r.out, r
    assert r.rc == 127, r


@pytest.mark.parametrize("cc", ["gcc", "clang-19"])
def test_sse_from_host_compiler(tmp, cc):
    img = build("sse", tmp, cc=cc, flags=["-O2"])
    r = boot(img)
    assert r.out == "dot=42.000\n", r
    assert r.rc == 0, r
