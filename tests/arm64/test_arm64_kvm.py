"""What only the arm64 targets have: the crash report of an arm64
exception (names, FAR, the backtrace through frame records) on kvm and
linuxu, a stack overflow into a thread's guard page on kvm, the timer
tick through a GICv3 (QEMU virt's gic-version=3; the feature tests use
the default GICv2), and the exit without semihosting (PSCI SYSTEM_OFF:
QEMU exits 0 whatever the status)."""
import os
import stat

import pytest

import newc
from uktest import ROOT, boot, compile_c, link, pool_triple, uklink

APPS = ROOT / "tests" / "apps"
TICK = ROOT / "plat" / "common" / "tests" / "test_tick.c"


def build(src, tmp_path, plat="kvm", flags=("-O1",), opts=()):
    cflags = uklink("--plat", plat, "--arch", "arm64", "--cflags").out.split()
    obj = compile_c(src, tmp_path / (src.stem + ".o"), cc="clang-19",
                    flags=[*flags, "--target=" + pool_triple("arm64", plat),
                           *cflags])
    return link([obj], tmp_path / src.stem, *opts, plat=plat, arch="arm64")


def qemu_wrapper(tmp_path, script):
    """An executable that stands for qemu-system-aarch64 (UKLINK_QEMU):
    the shell @script, with "$@" the target's command line."""
    w = tmp_path / "qemu"
    w.write_text("#!/bin/sh\n" + script + "\n")
    w.chmod(w.stat().st_mode | stat.S_IXUSR)
    return str(w)


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
def test_crash_report(plat, tmp_path):
    img = build(APPS / "crash_null.c", tmp_path, plat)
    r = boot(img, plat=plat, arch="arm64")
    out = r.out + r.err
    assert "about to crash" in r.out and "still alive" not in out, r
    lines = [l for l in out.splitlines() if l.startswith("[crash] ")]
    # linuxu names the signal first (plat/linuxu/crash.c), then the trap
    trap = lines[1:] if lines and "signal SIGSEGV" in lines[0] else lines
    assert (plat != "linuxu") == (trap is lines), r
    assert trap and "data abort" in trap[0], r
    assert any(l.startswith("[crash] PC ") and "crash_here" in l
               for l in lines), r
    assert "[crash] FAR 0x0000000000000000 (faulting address)" in lines, r
    assert any(l.startswith("[crash] X28 ") for l in lines), r
    bt = lines[lines.index("[crash] backtrace:") + 1:]
    assert "crash_here" in bt[0] and "main+" in bt[1], r
    assert any("ukboot_start+" in l for l in bt[2:]), r
    assert r.rc == 127, r


def test_stack_overflow_hits_guard(tmp_path):
    img = build(APPS / "stack_overflow.c", tmp_path)
    r = boot(img, arch="arm64")
    assert "overflowing from" in r.out and "still alive" not in r.out, r
    assert "[crash] data abort" in r.out and "deeper+" in r.out, r
    assert r.rc == 127, r


def test_tick_on_gicv3(tmp_path):
    """The tick and waiting (generic timer) through a GICv3: distributor,
    redistributor and the system-register CPU interface."""
    img = build(TICK, tmp_path, flags=("-O2", "-flto"))
    env = dict(os.environ, UKLINK_QEMU=qemu_wrapper(
        tmp_path, 'exec qemu-system-aarch64 "$@" -machine gic-version=3'))
    r = uklink("run", "--plat", "kvm", "--arch", "arm64", "--timeout", "60",
               img, env=env)
    assert "SUCCESS" in r.out and "FAIL" not in r.out and r.rc == 0, r


def test_exit_without_semihosting(tmp_path):
    """Without semihosting the exit's HLT is undefined: the platform
    powers off through PSCI (the device tree's conduit) instead of
    reporting a crash, and QEMU exits 0."""
    img = build(APPS / "exitcode.c", tmp_path)
    strip = ('for a; do shift; [ "$skip" ] && { skip=; continue; }; '
             '[ "$a" = -semihosting-config ] && { skip=1; continue; }; '
             'set -- "$@" "$a"; done; exec qemu-system-aarch64 "$@"')
    env = dict(os.environ, UKLINK_QEMU=qemu_wrapper(tmp_path, strip))
    with_sh = boot(img, "7", arch="arm64")
    r = uklink("run", "--plat", "kvm", "--arch", "arm64", "--timeout", "60",
               img, "7", env=env)
    assert with_sh.rc == 7, with_sh
    assert r.rc == 0 and "[crash]" not in r.out, r
    assert r.out == with_sh.out, (r, with_sh)


def test_piped_stdin(tmp_path):
    """A pipe into `uklink run` reaches the guest's PL011 as it is (the
    x86_64 part's framed stdin needs its fw_cfg reader: run_stdin is its
    fact only)."""
    img = build(APPS / "stdin_line.c", tmp_path)
    r = uklink("run", "--plat", "kvm", "--arch", "arm64", "--timeout", "60",
               img, input=b"line from the host\n", timeout=90)
    assert r.out == "got: line from the host\n" and r.rc == 0, r


def test_initrd_through_image_header(tmp_path):
    """`run --initrd` on kvm-arm64: uklink hands QEMU a raw binary of the
    image (run_image flat), which it boots through the Linux Image header,
    the device tree in x0 and the cpio named in its /chosen; the program
    reads a file of it. The ELF itself stays bootable (no initrd: QEMU
    gives an ELF none), finding its device tree at RAM's start."""
    img = build(APPS / "initrd_cat.c", tmp_path, flags=("-O2",))
    rd = tmp_path / "rd.cpio"
    rd.write_bytes(newc.archive([("dir/f.txt", b"from the initrd\n")]))
    r = uklink("run", "--plat", "kvm", "--arch", "arm64", "--timeout", "60",
               "--initrd", rd, img, "dir/f.txt", timeout=90)
    assert (r.rc, r.out) == (0, "== dir/f.txt 16 644\nfrom the initrd\n"), r
    assert open(img, "rb").read(4) == b"\x7fELF"
    qemu = qemu_wrapper(tmp_path, 'for a; do shift; [ "$k" ] && a=%s; k=; '
                        '[ "$a" = -kernel ] && k=1; set -- "$@" "$a"; done; '
                        'exec qemu-system-aarch64 "$@"' % img)
    r = uklink("run", "--plat", "kvm", "--arch", "arm64", "--timeout", "60",
               img, "dir/f.txt", timeout=90,
               env=dict(os.environ, UKLINK_QEMU=qemu))
    assert (r.rc, r.out) == (0, "== dir/f.txt missing\n"), r
