"""Shared test helpers: where the tool, the pool and QEMU are, and how to
compile, link and boot a test unikernel. Every end-to-end test goes through the real
`uklink` and reads what the guest printed."""
import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POOLROOT = ROOT / "build" / "pool"
UKLINK = os.environ.get("UKLINK", str(ROOT / "uklink" / "build" / "uklink"))
ACCEL = os.environ.get("UK_QEMU_ACCEL", "tcg")
# `uklink run --plat xen` runs `$UKLINK_XL create -c CFG`: the tests have
# no dom0, tests/xen/xl boots the config on Xen-in-QEMU instead.
os.environ.setdefault("UKLINK_XL", str(ROOT / "tests" / "xen" / "xl"))
BOOT_TIMEOUT = 60


class Result:
    def __init__(self, proc):
        # Decoded by hand: text mode would turn "\r\n" into "\n" and hide
        # what the guest really printed.
        self.rc = proc.returncode
        self.out = proc.stdout.decode(errors="replace")
        self.err = proc.stderr.decode(errors="replace")

    def __repr__(self):
        return f"rc={self.rc}\n--- stdout\n{self.out}\n--- stderr\n{self.err}"


def run(cmd, **kw):
    kw.setdefault("timeout", BOOT_TIMEOUT)
    return Result(subprocess.run(cmd, capture_output=True, **kw))


def compile_c(src, out, cc="gcc", flags=()):
    """Compile one C file the way a user would: `cc -c`."""
    cmd = [cc, *flags, "-c", str(src), "-o", str(out)]
    subprocess.run(cmd, check=True)
    return out


def uklink(*args, **kw):
    return run([UKLINK, *map(str, args)], **kw)


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


# Xen boots go through Xen + dom0 in QEMU (tests/xen/boot.sh): 12-25 s,
# twice that on a busy host.
XEN_BOOT_TIMEOUT = 240


def boot(image, *args, plat="kvm", memory=None, arch="x86_64"):
    """Boot an image with `uklink run`; returns Result with the guest status."""
    cmd = ["run", "--plat", plat, "--arch", arch, "--accel", ACCEL]
    if memory:
        cmd += ["-m", str(memory)]
    kw = {"timeout": XEN_BOOT_TIMEOUT} if plat == "xen" else {}
    return uklink(*cmd, image, *args, **kw)


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
