"""Crash reports on linuxu: every fault a CPU exception would be on kvm
(null dereference, divide error, invalid opcode, stack overflow), a failed
assertion and abort() end with a readable report and status 127. The
report (from a signal) goes to stderr; assertion messages go where ukdebug
prints, so the tests read stdout and stderr together, as one console."""
import os
import signal
import subprocess
import time

import pytest

from lxutil import APPS, ROOT, build, run

KAPPS = ROOT / "tests" / "apps"


def console(r):
    return r.out + r.err


def test_null_dereference(tmp_path):
    img = build(KAPPS / "crash_null.c", tmp_path, flags=["-O1"])
    r = run(img)
    c = console(r)
    assert "about to crash" in r.out and "still alive" not in c
    assert "#PF page fault" in c and "SIGSEGV" in c, r
    assert "crash_here" in c, r          # the faulting function, by name
    assert "RIP" in c and "CR2 0x0000000000000000" in c, r
    assert "RAX" in c and "R15" in c, r
    assert r.rc == 127, r


def test_failed_assertion(tmp_path):
    img = build(KAPPS / "crash_assert.c", tmp_path, cc="clang-19",
                flags=["-O2"], pool_headers=True)
    r = run(img)
    c = console(r)
    assert "asserting" in c and "still alive" not in c
    assert "assertion failed" in c and "argc == 42" in c, r
    assert "crash_assert.c" in c, r
    assert r.rc == 127, r


def test_abort(tmp_path):
    r = run(build(APPS / "abort.c", tmp_path))
    assert "aborting" in r.out and "abort()" in console(r), r
    assert r.rc == 127, r


def test_divide_by_zero(tmp_path):
    r = run(build(APPS / "divzero.c", tmp_path))
    c = console(r)
    assert "#DE divide error" in c and "SIGFPE" in c, r
    assert "divide" in c.split("RIP", 1)[1].splitlines()[0], r
    assert "still alive" not in c and r.rc == 127, r


def test_invalid_opcode(tmp_path):
    r = run(build(APPS / "illegal.c", tmp_path))
    c = console(r)
    assert "#UD invalid opcode" in c and "SIGILL" in c, r
    assert "bad_insn" in c, r
    assert "still alive" not in c and r.rc == 127, r


def test_stack_overflow(tmp_path):
    """The report runs on its own signal stack."""
    r = run(build(APPS / "overflow.c", tmp_path))
    c = console(r)
    assert "#PF page fault" in c and "recurse" in c, r
    assert r.rc == 127, r


def test_abort_signal_from_outside(tmp_path):
    """SIGABRT sent by another process: reported with its sender."""
    img = build(APPS / "clock.c", tmp_path, pool_headers=True)
    p = subprocess.Popen([str(img), "10000"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    assert p.stdout.readline() == b"sleeping\n"
    p.send_signal(signal.SIGABRT)
    out, err = p.communicate(timeout=10)
    assert p.returncode == 127
    assert f"signal SIGABRT sent by pid {os.getpid()}".encode() in err, err
