"""The harness itself (tests/uktest.py, tests/summary.py): a hung guest is
stopped and its QEMU killed, a sanitizer report fails the sanitized pass,
and `make test`'s summary counts only the results of the run that just
happened."""
import os
import shutil
import subprocess
import sys
import time

import pytest

from uktest import ROOT, boot, compile_c, link, run

SUMMARY = ROOT / "tests" / "summary.py"


def processes_with(word):
    """Pids whose command line mentions word (a unique temporary path)."""
    pids = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/cmdline", "rb") as f:
                    if word.encode() in f.read():
                        pids.append(int(d))
            except OSError:
                pass
    return pids


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
def test_hung_guest_is_killed(tmp_path, plat):
    obj = compile_c(ROOT / "tests" / "apps" / "hang.c", tmp_path / "hang.o")
    img = link([obj], tmp_path / "hang", plat=plat)
    if plat == "kvm":
        # uklink run --timeout stops QEMU: exit status 124, the console kept.
        r = boot(img, plat=plat, timeout=5)
        assert r.rc == 124 and "spinning" in r.out, r
        assert "timed out" in r.err, r
    else:
        # A linuxu image is a plain process: run()'s deadline kills it.
        with pytest.raises(subprocess.TimeoutExpired):
            run([img], timeout=3)
    time.sleep(0.5)
    assert processes_with(str(img)) == [], "the hung guest is still running"


def test_timeout_kills_the_process_group(tmp_path):
    """A child the command started (as uklink starts QEMU) dies too."""
    child = tmp_path / "child-sleep"
    shutil.copy("/bin/sleep", child)
    with pytest.raises(subprocess.TimeoutExpired):
        run(["sh", "-c", f"{child} 300 & wait"], timeout=2)
    time.sleep(0.5)
    assert processes_with(str(child)) == []


def junit(path, tests, failures=0, skipped=0):
    path.write_text(f'<testsuites><testsuite tests="{tests}" failures='
                    f'"{failures}" errors="0" skipped="{skipped}"/></testsuites>')


def summary(*args):
    return subprocess.run([sys.executable, str(SUMMARY), *map(str, args)],
                          capture_output=True, text=True, timeout=30)


def test_summary_counts(tmp_path):
    junit(tmp_path / "a.xml", 10, failures=2, skipped=1)
    junit(tmp_path / "b.xml", 3)
    r = summary(tmp_path / "a.xml", tmp_path / "b.xml")
    assert r.stdout == "10 passed, 2 failed, 1 skipped\n" and r.returncode == 1


def test_summary_refuses_stale_and_missing_results(tmp_path):
    """A run that died before writing its XML must not show the previous
    run's counts (tests/run.sh removes them first, and passes --since)."""
    old = tmp_path / "old.xml"
    junit(old, 500)
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    r = summary("--since", int(time.time()) - 60, old, tmp_path / "missing.xml")
    assert r.stdout == "0 passed, 2 failed\n", r
    assert "stale" in r.stderr and "missing.xml" in r.stderr, r
    assert r.returncode == 1
    junit(old, 500)
    r = summary("--since", int(time.time()) - 60, old)
    assert r.stdout == "500 passed, 0 failed\n" and r.returncode == 0, r


def test_session_kills_what_its_tests_left_running(tmp_path):
    """A process a test started from its temporary tree (a guest, a QEMU
    booting one) and left running dies with the session (conftest.py)."""
    t = tmp_path / "inner"
    t.mkdir()
    (t / "test_leave.py").write_text(
        "import shutil, subprocess, time\n"
        "def test_leave(tmp_path):\n"
        "    shutil.copy('/bin/sleep', tmp_path / 'left-sleep')\n"
        "    p = subprocess.Popen([str(tmp_path / 'left-sleep'), '300'],\n"
        "                         start_new_session=True)\n"
        "    while b'left-sleep' not in open(f'/proc/{p.pid}/cmdline', 'rb').read():\n"
        "        time.sleep(0.05)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests"), "UK_SKIP_XEN": "1"}
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                        "-p", "conftest", "--basetemp", str(tmp_path / "base"),
                        str(t)], capture_output=True, text=True, env=env,
                       cwd=t, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "left running by a test" in r.stderr, r.stderr
    time.sleep(0.3)
    assert processes_with(str(tmp_path / "base")) == []
