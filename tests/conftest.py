"""Fixtures shared by the whole suite (helpers live in uktest.py: a module
named conftest would clash with tests/uklink/conftest.py)."""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile

import pytest

from uktest import ROOT, XEN_TIMES, uklink

XENRUN = ROOT / "tests" / "xen" / "xenrun.py"


def pytest_configure(config):
    config.addinivalue_line("markers", "xen: boots Xen in QEMU (slow); UK_SKIP_XEN=1 skips")
    config.addinivalue_line("markers", "xen_arm64: (with xen) boots Xen arm64 in "
                            "qemu-system-aarch64: the runner's arm64 part")
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


def pytest_collection_finish(session):
    """Boot the shared Xen runner in the background as soon as the session
    is known to have Xen guests (after -k and -m deselection): it is up
    when the first of them runs."""
    if os.environ.get("UK_SKIP_XEN") == "1" or not os.environ.get("UK_XEN_RUNNER"):
        return
    # x86_64's runner for xen tests, arm64's for xen_arm64 tests.
    arm = [bool(item.get_closest_marker("xen_arm64")) for item in session.items
           if item.get_closest_marker("xen")]
    for arch in ("x86_64",) * (False in arm) + ("arm64",) * (True in arm):
        subprocess.Popen([sys.executable, str(XENRUN), "start", "--arch", arch],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    node.workerinput["uk_times"] = node.config._uk_times


def leftover_processes(basetemp):
    """Pids of processes still running from this session's temporary tree
    (a guest image, a QEMU booting one): what a test started and a timeout
    or a crash of the test left behind."""
    me, pids = os.getpid(), []
    for d in os.listdir("/proc"):
        if not d.isdigit() or int(d) == me:
            continue
        try:
            with open(f"/proc/{d}/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
        except OSError:
            continue
        if any(a.startswith(basetemp) for a in argv):
            pids.append(int(d))
    return pids


def pytest_sessionfinish(session):
    # No guest outlives the session that booted it (each xdist worker
    # cleans up its own temporary tree).
    factory = getattr(session.config, "_tmp_path_factory", None)
    base = getattr(factory, "_basetemp", None) if factory else None
    if base is not None:
        for pid in leftover_processes(os.fsencode(str(base))):
            try:
                os.kill(pid, signal.SIGKILL)
                print(f"conftest: killed pid {pid}, left running by a test",
                      file=sys.stderr)
            except OSError:
                pass
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
        for sub, name in (("", "xen-serial.log"), ("arm64", "xen-arm64-serial.log")):
            serial = os.path.join(runner, sub, "serial.log")
            if os.path.exists(serial):
                keep = ROOT / "build" / "test-results"
                keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(serial, keep / name)
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
