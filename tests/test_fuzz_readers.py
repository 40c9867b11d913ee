"""Smoke run of uklink's libFuzzer harnesses (uklink/fuzz/, tests/fuzz/run.sh,
docs/security.md): each replays its recorded crashes (tests/fuzz/crashes/)
and fuzzes for UK_FUZZ_SECONDS (default 10) from its seeds. `make fuzz`
runs them for longer. A crash fails the test with the sanitizer's summary."""
import fcntl
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HARNESSES = ["ar", "elf", "bitcode", "json", "report", "index", "cpio"]


@pytest.fixture(scope="session")
def fuzzers():
    os.makedirs(os.path.join(ROOT, "build"), exist_ok=True)
    # one build for every xdist worker
    with open(os.path.join(ROOT, "build", "fuzz.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        p = subprocess.run(["make", "-s", "-C", os.path.join(ROOT, "uklink"),
                            "fuzz"], capture_output=True, text=True,
                           timeout=900)
    assert p.returncode == 0, p.stdout + p.stderr


@pytest.mark.parametrize("name", HARNESSES)
def test_fuzz_smoke(fuzzers, name):
    secs = os.environ.get("UK_FUZZ_SECONDS", "10")
    p = subprocess.run(["sh", os.path.join(ROOT, "tests", "fuzz", "run.sh"),
                        secs, name], capture_output=True, text=True,
                       timeout=int(secs) + 300)
    assert p.returncode == 0, p.stdout + p.stderr
    assert f"fuzz {name}: {secs}s, " in p.stdout and "no crash" in p.stdout, \
        p.stdout


def test_crashes_recorded_are_caught():
    """Every recorded crash has a harness (a stray directory would never
    be replayed)."""
    d = os.path.join(ROOT, "tests", "fuzz", "crashes")
    for name in os.listdir(d):
        assert name in HARNESSES, name
        assert os.listdir(os.path.join(d, name)), name
