"""Helpers for the linuxu tests: build an image with the real `uklink
--plat linuxu` and run it as what it is, a Linux process. Kept out of
conftest.py so that the name does not clash with tests/conftest.py."""
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
APPS = Path(__file__).resolve().parent / "apps"
UKLINK = os.environ.get("UKLINK", str(ROOT / "uklink" / "build" / "uklink"))
TIMEOUT = 20


class Result(str):
    """rc, out, err; also the full description as a string, so that
    `assert ..., r` shows all of it (pytest cuts other reprs)."""

    def __new__(cls, rc, out, err):
        self = super().__new__(cls, f"rc={rc}\n--- stdout\n{out}\n--- stderr\n{err}")
        self.rc, self.out, self.err = rc, out, err
        return self

    def __repr__(self):
        return str.__str__(self)


def uklink(*args):
    p = subprocess.run([UKLINK, *map(str, args)], capture_output=True,
                       text=True, timeout=120)
    return Result(p.returncode, p.stdout, p.stderr)


def pool_ready():
    r = uklink("--plat", "linuxu", "--cflags")
    if r.rc != 0:
        pytest.skip(f"no linuxu pool target: {r.err.strip()}")
    return r.out.split()


def build(src, tmp, cc="gcc", flags=(), link=(), pool_headers=False):
    """cc -c SRC, then uklink --plat linuxu; returns the image path."""
    src = Path(src)
    obj = tmp / (src.stem + ".o")
    cflags = list(flags)
    if pool_headers:
        cflags += pool_ready()
    subprocess.run([cc, *cflags, "-c", str(src), "-o", str(obj)], check=True)
    img = tmp / src.stem
    r = uklink("--plat", "linuxu", *link, obj, "-o", img)
    assert r.rc == 0, f"uklink failed: {r}"
    return img


def run(img, *args, argv0=None, stdout=subprocess.PIPE, timeout=TIMEOUT):
    """Runs the image with args; argv0 replaces argv[0] (as `exec -a`)."""
    p = subprocess.run([argv0 or str(img), *map(str, args)],
                       executable=str(img), stdout=stdout,
                       stderr=subprocess.PIPE, timeout=timeout)
    dec = lambda b: b.decode(errors="replace") if b is not None else ""
    return Result(p.returncode, dec(p.stdout), dec(p.stderr))
