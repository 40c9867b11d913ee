"""POSIX threads for host-compiled programs (docs/pthread.md): an object
from a plain `gcc -c -O2 -pthread` (glibc's headers and type layouts)
links against the pool's pthread library and prints what the same source
prints when built natively with glibc. Calls the library does not provide
fail at link time, naming the symbol."""
import subprocess

import pytest

from uktest import ROOT, boot, compile_c, link, uklink

APP = ROOT / "tests" / "apps" / "pthread_sum.c"


@pytest.fixture(scope="module")
def native_out(tmp_path_factory):
    d = tmp_path_factory.mktemp("native")
    exe = d / "pthread_sum"
    subprocess.run(["gcc", "-O2", "-pthread", str(APP), "-o", str(exe)],
                   check=True)
    r = subprocess.run([str(exe)], capture_output=True, timeout=60)
    assert r.returncode == 0, r
    out = r.stdout.decode()
    assert out.startswith("counter 72036000 (expected 72036000)"), out
    return out


@pytest.fixture(scope="module")
def host_obj(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostobj")
    return compile_c(APP, d / "pthread_sum.o", cc="gcc",
                     flags=["-O2", "-pthread"])


# ukschedpreempt: kvm and linuxu have the tick, so it must not warn
# ("[warn] ukschedpreempt: no timer tick", printed where a platform has
# none), and the same output shows the locks hold under pre-emption.
@pytest.mark.parametrize("plat,opts", [
    ("kvm", []),
    ("linuxu", []),
    ("linuxu", ["--libc", "newlib"]),
    ("kvm", ["--lib", "ukschedpreempt"]),
    ("linuxu", ["--lib", "ukschedpreempt"]),
], ids=["kvm", "linuxu", "linuxu-newlib", "kvm-preempt", "linuxu-preempt"])
def test_same_output_as_native(plat, opts, native_out, host_obj, tmp_path):
    img = link([host_obj], tmp_path / "pthread_sum", *opts, plat=plat)
    r = boot(img, plat=plat)
    assert r.rc == 0, r
    assert "[warn] ukschedpreempt" not in r.out + r.err, r
    assert r.out == native_out, r


UNSUPPORTED = r"""
#include <pthread.h>
#include <signal.h>
static void *fn(void *a) { return a; }
int main(void)
{
	pthread_t t;
	pthread_create(&t, 0, fn, 0);
	pthread_cancel(t);
	return pthread_kill(t, SIGINT);
}
"""


def test_unsupported_calls_fail_to_link(tmp_path):
    src = tmp_path / "cancel.c"
    src.write_text(UNSUPPORTED)
    obj = compile_c(src, tmp_path / "cancel.o", cc="gcc",
                    flags=["-O2", "-pthread"])
    r = uklink("--plat", "kvm", obj, "-o", tmp_path / "cancel")
    assert r.rc == 1, r
    for sym in ("pthread_cancel", "pthread_kill"):
        assert f"uklink: error: {obj}: undefined symbol: {sym}" in r.err, r
    assert "pthread_create" not in r.err, r
    assert not (tmp_path / "cancel").exists()


def test_newlib_headers_declare_no_threads(tmp_path):
    """newlib is configured without _POSIX_THREADS: its <pthread.h>, whose
    types differ from glibc's, declares nothing, so a threaded program
    compiled against it stops at compile time (docs/pthread.md)."""
    src = tmp_path / "nl.c"
    src.write_text("#include <pthread.h>\n"
                   "int main(void) { return pthread_self() != 0; }\n")
    flags = uklink("--plat", "kvm", "--cflags", "--libc", "newlib").out.split()
    r = subprocess.run(["clang-19", *flags, "-c", str(src), "-o",
                        str(tmp_path / "nl.o")], capture_output=True)
    assert r.returncode != 0
    assert b"pthread_self" in r.stderr, r.stderr


MIXED_HOST = r"""
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
extern pthread_mutex_t pool_mutex;
int pool_relock(pthread_mutex_t *m);
static pthread_mutex_t host_mutex = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static void *other(void *m) { return (void *)(long)pthread_mutex_trylock(m); }
int main(void)
{
	pthread_t t;
	void *r1, *r2;
	int a = pool_relock(&host_mutex);
	int b = pthread_mutex_lock(&pool_mutex) + pthread_mutex_lock(&pool_mutex);
	pthread_create(&t, 0, other, &host_mutex);
	pthread_join(t, &r1);
	pthread_create(&t, 0, other, &pool_mutex);
	pthread_join(t, &r2);
	printf("%d %d %ld %ld\n", a, b, (long)r1, (long)r2);
	return 0;
}
"""

MIXED_POOL = r"""
#include <pthread.h>
pthread_mutex_t pool_mutex = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
int pool_relock(pthread_mutex_t *m)
{
	return pthread_mutex_lock(m) + pthread_mutex_lock(m);
}
"""


def test_host_and_pool_objects_share_mutexes(tmp_path):
    """The pool's <pthread.h> has glibc's layout: a recursive mutex
    statically initialised by either side is recursive for both."""
    (tmp_path / "host.c").write_text(MIXED_HOST)
    (tmp_path / "pool.c").write_text(MIXED_POOL)
    host = compile_c(tmp_path / "host.c", tmp_path / "host.o", cc="gcc",
                     flags=["-O2", "-pthread"])
    flags = uklink("--plat", "linuxu", "--cflags").out.split()
    pool = compile_c(tmp_path / "pool.c", tmp_path / "pool.o",
                     cc="clang-19", flags=["-O2", "-flto", *flags])
    img = link([host, pool], tmp_path / "mixed", plat="linuxu")
    r = boot(img, plat="linuxu")
    assert (r.rc, r.out) == (0, "0 0 16 16\n"), r  # 16: EBUSY
