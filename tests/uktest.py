"""Shared test helpers: where the tool, the pool and QEMU are, and how to
compile, link and boot a test unikernel. Every end-to-end test goes through the real
`uklink` and reads what the guest printed."""
import os
import re
import shutil
import signal
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POOLROOT = ROOT / "build" / "pool"
UKLINK = os.environ.get("UKLINK", str(ROOT / "uklink" / "build" / "uklink"))
ACCEL = os.environ.get("UK_QEMU_ACCEL", "tcg")
# `uklink run --plat xen` runs `$UKLINK_XL create -c CFG`: the tests have
# no dom0, tests/xen/xl boots the config on Xen-in-QEMU instead.
os.environ.setdefault("UKLINK_XL", str(ROOT / "tests" / "xen" / "xl"))
# A kvm or linuxu boot under TCG takes well under a second on an idle
# machine; 60 s is what a guest gets on a loaded 2-core machine before the
# boot counts as hung (`uklink run --timeout` kills QEMU, then run() kills
# what is left of the process group).
BOOT_TIMEOUT = 60
# A sanitized uklink (UKLINK=.../uklink-asan, tests/run.sh's second pass):
# its reports must fail the test even when the exit status is 0.
SANITIZED = "asan" in Path(UKLINK).name
SANITIZER_ENV = {"ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0",
                 "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1"}
SANITIZER_REPORTS = ("runtime error:", "AddressSanitizer", "UndefinedBehaviorSanitizer")
if SANITIZED:
    # Also for the uklink that scripts (tests/size/sizecheck.py) start.
    for _k, _v in SANITIZER_ENV.items():
        os.environ.setdefault(_k, _v)


class Result(str):
    """What a command did: rc, out, err. It is also the string that
    describes it in full, so that `assert ..., r` shows all of it (pytest
    cuts any other object's repr to 240 characters)."""

    def __new__(cls, proc):
        # Decoded by hand: text mode would turn "\r\n" into "\n" and hide
        # what the guest really printed.
        rc = proc.returncode
        out = proc.stdout.decode(errors="replace")
        err = proc.stderr.decode(errors="replace")
        self = super().__new__(cls, f"rc={rc}\n--- stdout\n{out}\n--- stderr\n{err}")
        self.rc, self.out, self.err = rc, out, err
        return self

    def __repr__(self):
        return str.__str__(self)


def run(cmd, timeout=BOOT_TIMEOUT, input=None, **kw):
    """Runs cmd in its own process group, output captured. On timeout the
    whole group is killed (a QEMU started by uklink included, so a hung
    guest cannot load the machine for the tests after it), then
    subprocess.TimeoutExpired is raised as subprocess.run would."""
    cmd = [str(c) for c in cmd]
    if SANITIZED and cmd and cmd[0] == UKLINK:
        kw["env"] = {**(kw.get("env") or os.environ), **SANITIZER_ENV}
    with subprocess.Popen(cmd, stdin=subprocess.PIPE if input is not None
                          else subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, start_new_session=True,
                          **kw) as p:
        try:
            out, err = p.communicate(input, timeout=timeout)
        except subprocess.TimeoutExpired:
            kill_group(p)
            out, err = p.communicate()
            raise subprocess.TimeoutExpired(cmd, timeout, out, err)
        finally:
            if p.poll() is None:
                kill_group(p)
    r = Result(subprocess.CompletedProcess(cmd, p.returncode, out, err))
    if SANITIZED and cmd and cmd[0] == UKLINK:
        bad = [w for w in SANITIZER_REPORTS if w in r.err]
        assert not bad, f"sanitizer report from {' '.join(cmd)}: {r}"
    return r


def kill_group(p):
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def compile_c(src, out, cc="gcc", flags=()):
    """Compile one C file the way a user would: `cc -c`."""
    cmd = [cc, *flags, "-c", str(src), "-o", str(out)]
    subprocess.run(cmd, check=True)
    return out


def uklink(*args, **kw):
    return run([UKLINK, *map(str, args)], **kw)


def qemu_cmd(image, machine, memory=None):
    """`uklink run`'s own QEMU command (-###) for a kvm image, on another
    machine type and, given, another -m (QEMU's form: KiB sizes uklink
    run's -m cannot give); the second serial port to /dev/null."""
    r = uklink("run", "--plat", "kvm", "-###", image)
    assert r.rc == 0, r
    words = r.out.split()
    words[words.index("-M") + 1] = machine
    if memory:
        words[words.index("-m") + 1] = memory
    return [re.sub(r"path=/dev/fd/\d+", "path=/dev/null", w) for w in words]


def link(objs, out, *extra, plat="kvm", arch="x86_64"):
    r = uklink("--plat", plat, "--arch", arch, *extra, *objs, "-o", out)
    assert r.rc == 0, f"uklink failed: {r}"
    return out


def pool_triple(arch="x86_64", plat="kvm"):
    """The LLVM triple of a pool target (its index's target record): what
    `clang-19 --target=` compiles a test unikernel's bitcode for."""
    for line in (pool_target(arch, plat) / "index.tsv").open():
        if line.startswith("target\t"):
            return line.split("\t")[3]
    raise AssertionError(f"no target record in the {arch}-{plat} index")


# Xen boots go through Xen + dom0 in QEMU (tests/xen): 12-25 s, twice that
# on a busy host; the harness's own deadline (its --timeout) covers the
# whole run and a hung guest's console still comes out.
XEN_BOOT_TIMEOUT = 150


def boot(image, *args, plat="kvm", memory=None, timeout=None, arch="x86_64"):
    """Boot an image with `uklink run`; returns Result with the guest status.
    `uklink run --timeout` stops a hung guest (exit status 124, QEMU or the
    Xen harness killed); run()'s deadline, later, kills whatever is left
    (linuxu images are plain processes: only that one applies)."""
    timeout = timeout or (XEN_BOOT_TIMEOUT if plat == "xen" else BOOT_TIMEOUT)
    cmd = ["run", "--plat", plat, "--arch", arch, "--accel", ACCEL]
    if plat != "linuxu":
        cmd += ["--timeout", str(timeout)]
    if memory:
        cmd += ["-m", str(memory)]
    # uklink's backstop for the Xen harness is its --timeout + 60 s.
    return uklink(*cmd, image, *args,
                  timeout=timeout + (90 if plat == "xen" else 30))


def pool_target(arch="x86_64", plat="kvm"):
    return POOLROOT / "v0.1-llvm19" / f"{arch}-{plat}"


def have(tool):
    return shutil.which(tool) is not None


# Xen-in-QEMU boots: slow, skippable, and timed (tests/conftest.py prints
# XEN_TIMES after the run).
XEN_TIMES = []


def skip_xen():
    import pytest
    return pytest.mark.skipif(os.environ.get("UK_SKIP_XEN") == "1",
                              reason="UK_SKIP_XEN=1: Xen-in-QEMU boots skipped")
