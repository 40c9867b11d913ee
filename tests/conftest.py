"""Fixtures shared by the whole suite (helpers live in uktest.py: a module
named conftest would clash with tests/uklink/conftest.py)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

from uktest import ROOT, XEN_TIMES, uklink

XENRUN = ROOT / "tests" / "xen" / "xenrun.py"


def pytest_configure(config):
    config.addinivalue_line("markers", "xen: boots Xen in QEMU (slow); UK_SKIP_XEN=1 skips")
    # Under pytest-xdist each worker is a process of its own: the workers
    # write their Xen timings into a directory the controller made, and
    # the controller prints them all.
    if not hasattr(config, "workerinput"):
        config._uk_times = tempfile.mkdtemp(prefix="uk-times.")
        # One Xen + dom0 for every Xen guest of the session, workers
        # included (they inherit the environment): tests/xen/xenrun.py.
        # Started by the first guest or by collection (below), stopped at
        # the end, or by its watchdog if this process dies.
        if os.environ.get("UK_SKIP_XEN") != "1" and not os.environ.get("UK_XEN_RUNNER"):
            config._uk_xen_runner = tempfile.mkdtemp(prefix="uk-xenrun.")
            os.environ["UK_XEN_RUNNER"] = config._uk_xen_runner
            os.environ["UK_XEN_RUNNER_OWNER"] = str(os.getpid())


def pytest_collection_modifyitems(items):
    """Boot the shared Xen runner in the background as soon as the session
    is known to have Xen guests: it is up when the first of them runs."""
    if os.environ.get("UK_SKIP_XEN") == "1" or not os.environ.get("UK_XEN_RUNNER"):
        return
    if any(item.get_closest_marker("xen") for item in items):
        subprocess.Popen([sys.executable, str(XENRUN), "start"],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)


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
    runner = getattr(config, "_uk_xen_runner", None)
    if runner:
        subprocess.run([sys.executable, str(XENRUN), "stop"], timeout=120,
                       env={**os.environ, "UK_XEN_RUNNER": runner})
        # Xen's and dom0's serial log of the session, for a post-mortem.
        serial = os.path.join(runner, "serial.log")
        if os.path.exists(serial):
            keep = ROOT / "build" / "test-results"
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(serial, keep / "xen-serial.log")
        subprocess.run(["rm", "-rf", runner])
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
