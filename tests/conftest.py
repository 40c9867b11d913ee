"""Fixtures shared by the whole suite (helpers live in uktest.py: a module
named conftest would clash with tests/uklink/conftest.py)."""
import pytest

from uktest import XEN_TIMES, uklink


def pytest_configure(config):
    config.addinivalue_line("markers", "xen: boots Xen in QEMU (slow); UK_SKIP_XEN=1 skips")


def pytest_terminal_summary(terminalreporter):
    """How long the Xen boots took (tests/xen)."""
    if not XEN_TIMES:
        return
    tr = terminalreporter
    tr.section("xen timings")
    for what, secs in XEN_TIMES:
        tr.write_line(f"{secs:7.1f} s  {what}")
    tr.write_line(f"{sum(s for _, s in XEN_TIMES):7.1f} s  total")


@pytest.fixture(scope="session")
def cflags():
    """Flags to compile an application against the pool's own headers."""
    r = uklink("--plat", "kvm", "--cflags")
    assert r.rc == 0, r
    return r.out.split()


@pytest.fixture
def tmp(tmp_path):
    return tmp_path
