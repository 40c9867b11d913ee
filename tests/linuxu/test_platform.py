"""The rest of the linuxu contract: exit status, exact argv and the
environment, the heap (size by option and by argument), time, and the
standard streams."""
import re
import time

import pytest

from lxutil import APPS, ROOT, build, run

KAPPS = ROOT / "tests" / "apps"


@pytest.fixture(scope="module")
def exitcode(tmp_path_factory):
    return build(KAPPS / "exitcode.c", tmp_path_factory.mktemp("exit"))


@pytest.mark.parametrize("status", [0, 1, 3, 42, 126, 255])
def test_exit_status(exitcode, status):
    r = run(exitcode, status)
    assert r.out == f"exiting with {status}\n", r
    assert r.rc == status, r


@pytest.fixture(scope="module")
def args_img(tmp_path_factory):
    return build(APPS / "args.c", tmp_path_factory.mktemp("args"),
                 pool_headers=True)


def test_argv0_is_the_process_argv0(args_img):
    r = run(args_img, argv0="my-name")
    assert r.out.splitlines()[:2] == ["argc=1", "[my-name]"], r
    assert r.rc == 0


def test_many_arguments(args_img):
    args = [f"{i}" * (i % 7) for i in range(300)]
    r = run(args_img, *args, argv0="x")
    assert r.out.splitlines() == [f"argc={len(args) + 1}", "[x]",
                                  *[f"[{a}]" for a in args]], r


def test_environment(args_img):
    import os
    import subprocess
    p = subprocess.run([str(args_img)], capture_output=True, text=True,
                       env={**os.environ, "UKTEST": "a b=c"})
    assert "env UKTEST=a b=c\n" in p.stdout, p.stdout


@pytest.fixture(scope="module")
def heap_img(tmp_path_factory):
    return build(APPS / "heap.c", tmp_path_factory.mktemp("heap"))


def test_heap_default(heap_img):
    r = run(heap_img, 8)
    assert (r.out, r.rc) == ("heap ok 8\n", 0), r


def test_heap_argument_sets_size(heap_img):
    """--uk-heap=MB is taken by the platform, not passed to main."""
    assert run(heap_img, "--uk-heap=4", 8).out == "heap full 8\n"
    r = run(heap_img, "--uk-heap=400", 100)
    assert (r.out, r.rc) == ("heap ok 100\n", 0), r


def test_heap_argument_not_a_size_is_left_alone(args_img):
    r = run(args_img, "--uk-heap=lots", argv0="x")
    assert "[--uk-heap=lots]" in r.out, r


def test_heap_option(tmp_path):
    img = build(APPS / "heap.c", tmp_path, link=["-D", "LINUXU_HEAPMB=4"])
    assert run(img, 8).out == "heap full 8\n"
    assert run(img, 1).out == "heap ok 1\n"


def test_heap_argument_can_be_disabled(tmp_path):
    img = build(APPS / "args.c", tmp_path, pool_headers=True,
                link=["-D", "LINUXU_HEAPARG=n"])
    assert "[--uk-heap=4]" in run(img, "--uk-heap=4", argv0="x").out


def test_time(tmp_path):
    img = build(APPS / "clock.c", tmp_path, pool_headers=True)
    t0 = time.time()
    r = run(img, 100)
    took = time.time() - t0
    assert r.rc == 0, r
    fields = dict(f.split("=") for f in r.out.splitlines()[1].split())
    # Slept at least 100 ms, and not absurdly longer: a loaded machine may
    # delay a process by seconds (the in-guest bound, UK_TEST_LATE_MAX_MS
    # of uk/test.h, is 2 s); the wall clock is the host's, read within a
    # minute of t0 even then.
    assert 100 <= int(fields["elapsed_ms"]) < 100 + 2000, r
    assert abs(int(fields["wall_s"]) - t0) < 60, r
    assert took >= 0.1


def test_stderr_is_fd2(tmp_path):
    """fd 2 is the process's stderr (ukplat_coute, through nolibc's write
    or vfscore's console file)."""
    r = run(build(APPS / "stderr.c", tmp_path))
    assert (r.out, r.err, r.rc) == ("to stdout\n", "to stderr\n", 3), r


def test_kernel_messages(tmp_path):
    """uk_pr_* writes "[level] lib: file:line: message" to the console."""
    r = run(build(APPS / "printd.c", tmp_path, pool_headers=True))
    assert r.rc == 0, r
    lines = r.out.splitlines()
    assert re.fullmatch(r"\[warn\] \S+: printd\.c:8: warning -3 ok \?\|",
                        lines[0]), r
    assert lines[1] == "printk ff", r
