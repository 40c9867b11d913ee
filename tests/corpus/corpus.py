"""Helpers of the corpus tests (tests/corpus/test_*.py, docs/apps.md):
real programs from Debian's sources, built as their own builds build them
(mk/appbuild.sh, apps/<name>/build.sh), linked unmodified by uklink,
booted on kvm, linuxu and xen with their input files in an initrd, and
compared with the same objects linked natively: standard output byte for
byte, exit status, test counts.

One image per program and platform, shared by its runs. A program listed
in LINK_PENDING does not link yet with main's pool: its tests are xfail
with the symbols uklink reports missing (docs/apps.md has the table);
once it links they run for real, and a failure is a failure."""
import os
import re
import subprocess

import pytest

import newc
from uktest import ACCEL, ROOT, UKLINK, XEN_BOOT_TIMEOUT, run, skip_xen, uklink

APPS = ROOT / "build" / "apps"
PLATS = ["kvm", "linuxu", pytest.param("xen", marks=[pytest.mark.xen, skip_xen()])]

# Programs that do not link yet on main (docs/apps.md, "Status"): their
# tests xfail at the link with uklink's own list of what is missing.
LINK_PENDING = set()


def build(name):
    """mk/appbuild.sh NAME: objects and native program, cached in
    build/apps/NAME (a no-op when nothing changed)."""
    r = run(["sh", str(ROOT / "mk" / "appbuild.sh"), name], timeout=1800)
    assert r.rc == 0, f"building {name} failed: {r}"
    return APPS / name


def missing(err):
    """The symbols uklink says are missing, once each, in its order
    (mk/appmissing.awk reads its diagnostics)."""
    r = subprocess.run(["awk", "-f", str(ROOT / "mk" / "appmissing.awk")],
                       input=err, capture_output=True, text=True)
    return r.stdout.split()


def image(name, prog, plat, tmp_path_factory, argv0=None):
    """Links PROG of the corpus program NAME for PLAT (once per module);
    argv[0] is ARGV0 (default: PROG) where the platform has no argv."""
    d = build(name)
    objs = (d / f"{prog}.objs").read_text().split()
    out = tmp_path_factory.mktemp(f"{prog}-{plat}") / prog
    r = uklink("--plat", plat, "-D", f"UKBOOT_ARGV0={argv0 or prog}", *objs,
               "-o", out, timeout=600)
    if r.rc != 0 and prog in LINK_PENDING:
        pytest.xfail(f"{prog} does not link on {plat} yet; missing: "
                     + " ".join(missing(r.err)[:40]))
    assert r.rc == 0, f"uklink failed: {r}"
    return out


class Program:
    """A corpus program linked for one platform, and its native build."""

    def __init__(self, name, prog, plat, tmp_path_factory, argv0=None):
        self.plat = plat
        self.img = image(name, prog, plat, tmp_path_factory, argv0)
        self.native = build(name) / f"{prog}.native"
        # The guest's environment: linuxu's process has the host's, kvm
        # and xen have none; the native run gets the same.
        self.env = None if plat == "linuxu" else {}

    def run_native(self, args, cwd, stdin=None):
        return native(self.native, args, cwd, stdin=stdin, env=self.env)


def program(name, prog, argv0=None):
    """A module fixture: PROG of corpus program NAME on each platform."""
    @pytest.fixture(scope="module", params=PLATS)
    def fixture(request, tmp_path_factory):
        return Program(name, prog, request.param, tmp_path_factory, argv0)
    return fixture


# Guest memory (MiB): the corpus needs little; Xen guests share one Xen
# (tests/xen/xenrun.py) whose dom0 leaves about 500 MiB to them.
MEMORY = {"kvm": 256, "linuxu": 256, "xen": 64}


def boot(img, args, plat, initrd=None, memory=None, stdin=None, env=None):
    """uklink run, with the initrd if any: a CompletedProcess, stdout and
    stderr as bytes (binary output stays as it is); on xen without the
    test harness's own lines on stderr."""
    cmd = [UKLINK, "run", "--plat", plat, "--accel", ACCEL,
           "-m", str(memory or MEMORY[plat])]
    if initrd:
        cmd += ["--initrd", str(initrd)]
    r = subprocess.run([*cmd, str(img), *args], capture_output=True,
                       input=stdin, env={**os.environ, **(env or {})},
                       timeout=XEN_BOOT_TIMEOUT * 3 if plat == "xen" else 300)
    if plat == "xen":
        # The harness's own lines reach uklink's stderr through another
        # pipe than the guest's error stream: one may land inside a line
        # of the guest's (bzip2 -v writes "  data.txt: " and the rest of
        # its line after compressing).
        r.stderr = re.sub(rb"(xenrun|boot\.sh|prepare\.sh): [^\n]*\n", b"",
                          r.stderr)
    return r


def native(exe, args, cwd, stdin=None, env=None):
    return subprocess.run([str(exe), *args], cwd=cwd, capture_output=True,
                          input=stdin, env=env, timeout=300)


def files_dir(tmp_path, files):
    """A directory with FILES (name -> bytes) and its initrd: the guest
    sees them at / as the native run sees them in its working directory
    (the same relative paths in both)."""
    d = tmp_path / "files"
    d.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        p = d / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    rd = tmp_path / "files.cpio"
    rd.write_bytes(newc.from_dir(d))
    return d, rd


def same_as_native(p, args, tmp_path, files, out_filter=None, memory=None,
                   stdin=None, binary=False):
    """Runs ARGS natively (in a copy of FILES) and in the guest (FILES as
    its initrd) of Program P, both reading STDIN if given (a pipe): same
    stdout bytes (through OUT_FILTER if given) and status. BINARY output
    is not compared on xen: the Xen test harness's console is text (it
    decodes UTF-8; docs/apps.md). Returns both results, the guest's
    first."""
    d, rd = files_dir(tmp_path, files)
    want = p.run_native(args, d, stdin=stdin)
    got = boot(p.img, args, p.plat, initrd=rd, memory=memory, stdin=stdin)
    wo, go = want.stdout, got.stdout
    if p.plat == "xen" and binary:
        wo = go = b""
    if p.plat == "xen":
        wo, go = xen_view(wo, go)
    if out_filter:
        wo, go = out_filter(wo), out_filter(go)
    assert (got.returncode, go) == (want.returncode, wo), (args, got)
    return got, want


def xen_view(want, got):
    """The Xen test harness's console path (dom0's tty, Xen's serial
    line, tests/xen/boot.sh) drops every '\r' and ends the output with a
    newline, and a non-zero exit prints "[xen] exit status N" last (the
    status's only way out, docs/xen.md): compare the rest."""
    want = want.replace(b"\r", b"")
    got = re.sub(rb"\n?\[xen\] exit status \d+\n$", b"\n", got)
    if got == b"\n":
        got = b""
    if got == want + b"\n" and not want.endswith(b"\n"):
        got = want
    return want, got


def data(n, seed=1):
    """n deterministic bytes that compress somewhat (text-like runs)."""
    out = bytearray()
    x = seed
    while len(out) < n:
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out += b"line %d: %s\n" % (x % 9973, b"abcdefgh"[x % 8:] * (x % 5))
    return bytes(out[:n])
