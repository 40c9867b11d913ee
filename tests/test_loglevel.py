"""Kernel log levels (ukdebug's UKDEBUG_LOGLVL, docs/uklink.md): a message
comes out iff its level is at most the link's level, formatted
"[level] lib: file:line: text", on every platform's console."""
import re

import pytest

from uktest import ROOT, boot, compile_c, link, skip_xen, uklink

APP = ROOT / "tests" / "apps" / "loglevels.c"
LEVELS = ["crit", "err", "warn", "info", "debug"]


@pytest.fixture(scope="module")
def objs(tmp_path_factory):
    d = tmp_path_factory.mktemp("loglevels")
    out = {}
    for plat in ("kvm", "linuxu", "xen"):
        cflags = uklink("--plat", plat, "--cflags").out.split()
        out[plat] = compile_c(APP, d / f"{plat}.o", cc="clang-19",
                              flags=["-flto", "-O2", *cflags])
    return out


def printed(out):
    return [m.group(1) for m in
            re.finditer(r"^\[(\w+)\] app: loglevels\.c:\d+: message \1$", out, re.M)]


@pytest.mark.parametrize("plat,level", [
    ("kvm", 0), ("kvm", 2), ("kvm", None), ("kvm", 5),
    ("linuxu", 1), ("linuxu", 4),
    pytest.param("xen", 4, marks=[pytest.mark.xen, skip_xen()]),
])
def test_log_level(objs, tmp_path, plat, level):
    opts = [] if level is None else ["-D", f"UKDEBUG_LOGLVL={level}"]
    img = link([objs[plat]], tmp_path / "img", *opts, plat=plat)
    r = boot(img, plat=plat)
    assert r.rc == 0 and "done" in r.out, r
    want = LEVELS[:3 if level is None else level]   # the default is 3, warn
    assert printed(r.out + r.err) == want, r


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
def test_log_time(objs, tmp_path, plat):
    """UKDEBUG_TIME: each message starts with the seconds since boot
    (docs/performance.md's boot profiles), never decreasing."""
    img = link([objs[plat]], tmp_path / "img", "-D", "UKDEBUG_LOGLVL=5",
               "-D", "UKDEBUG_TIME=y", plat=plat)
    r = boot(img, plat=plat)
    assert r.rc == 0 and "done" in r.out, r
    out = r.out + r.err
    times = [float(m.group(1)) for m in
             re.finditer(r"^(\d+\.\d{6}) \[\w+\] app: loglevels\.c:\d+: message \w+$",
                         out, re.M)]
    assert len(times) == len(LEVELS) and times == sorted(times), r
    assert not printed(out), r      # the untimed form is gone
