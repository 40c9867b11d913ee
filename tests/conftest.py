"""Fixtures shared by the whole suite (helpers live in uktest.py: a module
named conftest would clash with tests/uklink/conftest.py)."""
import json
import os
import tempfile

import pytest

from uktest import XEN_TIMES, uklink


def pytest_configure(config):
    config.addinivalue_line("markers", "xen: boots Xen in QEMU (slow); UK_SKIP_XEN=1 skips")
    # Under pytest-xdist each worker is a process of its own: the workers
    # write their Xen timings into a directory the controller made, and
    # the controller prints them all.
    if not hasattr(config, "workerinput"):
        config._uk_times = tempfile.mkdtemp(prefix="uk-times.")


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    node.workerinput["uk_times"] = node.config._uk_times


def pytest_sessionfinish(session):
    wi = getattr(session.config, "workerinput", None)
    if wi and XEN_TIMES:
        path = os.path.join(wi["uk_times"], f"{wi['workerid']}.json")
        with open(path, "w") as f:
            json.dump(XEN_TIMES, f)


def pytest_unconfigure(config):
    d = getattr(config, "_uk_times", None)
    if d:
        for name in os.listdir(d):
            os.unlink(os.path.join(d, name))
        os.rmdir(d)


def pytest_terminal_summary(terminalreporter, config):
    """How long the Xen boots took (tests/xen), every worker's."""
    times = list(XEN_TIMES)
    d = getattr(config, "_uk_times", None)
    for name in sorted(os.listdir(d)) if d else []:
        with open(os.path.join(d, name)) as f:
            times += [tuple(t) for t in json.load(f)]
    if not times:
        return
    tr = terminalreporter
    tr.section("xen timings")
    for what, secs in times:
        tr.write_line(f"{secs:7.1f} s  {what}")
    tr.write_line(f"{sum(s for _, s in times):7.1f} s  total")


@pytest.fixture(scope="session")
def cflags():
    """Flags to compile an application against the pool's own headers."""
    r = uklink("--plat", "kvm", "--cflags")
    assert r.rc == 0, r
    return r.out.split()


@pytest.fixture
def tmp(tmp_path):
    return tmp_path
