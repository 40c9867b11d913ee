"""Inputs the fuzzers found crashing a reader (tests/fuzz/crashes/, docs/
security.md), given to uklink itself as objects: refused with an error,
never a crash (the sanitized pass of tests/run.sh runs this too)."""
import os
import shutil

import pytest

CRASHES = os.path.join(os.path.dirname(__file__), "..", "fuzz", "crashes")
# readers of the application's inputs: objects, archives, bitcode
INPUTS = sorted(os.path.join(k, f) for k in ("elf", "ar", "bitcode")
                if os.path.isdir(os.path.join(CRASHES, k))
                for f in os.listdir(os.path.join(CRASHES, k)))


@pytest.mark.parametrize("crash", INPUTS)
def test_recorded_crash_is_an_error(run, tdir, crash):
    name = "in.a" if crash.startswith("ar") else "in.o"
    shutil.copy(os.path.join(CRASHES, crash), tdir / name)
    p = run("--pool", "pool", "--plat", "kvm", name, "-o", "img")
    assert p.returncode == 1, (p.returncode, p.stderr)
    assert "error" in p.stderr, p.stderr
    assert not (tdir / "img").exists()
