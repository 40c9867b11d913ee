"""Jim Tcl 0.81 (docs/apps.md): its own test suite (tests/*.test, run by
tests/runall.tcl in one jimsh) inside the unikernel from the initrd (with
the source tree's Tcl files: tcltest.tcl and the packages tests load),
with the same totals as the native build run over the same files.

Left out of both runs: socket.test, whose socket pairs talk to a child
made with os.fork: a unikernel has one process (fork fails with ENOSYS,
and says so). The executable's own file (`info nameofexecutable`, which
file.test stats) is put into the initrd where argv[0] names it."""
import re

import pytest

from corpus import boot, files_dir, program
from uktest import ROOT

SRC = ROOT / "build" / "src" / "jimtcl"


NEEDS_PROCESSES = {"socket.test"}


def suite_files():
    files = {f"tests/{p.name}": p.read_bytes()
             for p in sorted((SRC / "tests").iterdir())
             if p.is_file() and p.name not in NEEDS_PROCESSES}
    files.update({p.name: p.read_bytes() for p in sorted(SRC.glob("*.tcl"))})
    return files


# Upstream tests that measure time, which QEMU's TCG on a loaded host can
# stretch: event-11.4 wants the 200 ms timer handled before the 300 ms one
# is due; clock-5.2 wants [clock millis] and [clock micros], read one after
# the other, within 250 ms. Either may fail inside the unikernel (or
# natively) when the vCPU is off the CPU between them; any other test
# must fail or pass exactly as natively.
TIMING = {b"event-11.4", b"clock-5.2"}


def failed_ids(out):
    """The ids tcltest printed as failing ("ID ERR DESCRIPTION")."""
    return set(re.findall(rb"(?m)^(\S+) ERR ", out))


def totals(out):
    m = re.search(rb"Totals: Total\s+(\d+)\s+Passed\s+(\d+)\s+Skipped\s+(\d+)"
                  rb"\s+Failed\s+(\d+)", out)
    return m.groups() if m else out


# An absolute argv[0]: `info nameofexecutable` searches $PATH for a bare
# name, and kvm and xen have no environment.
jimsh = program("jimtcl", "jimsh", argv0="/jimsh")


def test_eval_argument(jimsh, tmp_path):
    """An argument with quotes and blanks reaches the interpreter whole
    (jimsh -e prints the script's result after it: an empty line)."""
    args = ["-e", 'puts "a b"; puts [expr {6 * 7}]']
    want = jimsh.run_native(args, tmp_path)
    got = boot(jimsh.img, args, jimsh.plat)
    assert (got.returncode, got.stdout) == (0, want.stdout), got
    assert want.stdout == b"a b\n42\n\n", want


def test_own_test_suite(jimsh, tmp_path, request):
    if jimsh.plat == "xen":
        # signal.test's alarm cases (signal-1.3, signal-1.8) fail on xen:
        # alarm() needs the platform's timer tick (ukplat_tick_set), which
        # xen does not have yet (docs/time.md); the other counts match.
        request.applymarker(pytest.mark.xfail(
            reason="alarm()/SIGALRM not delivered on xen (no timer tick)"))
    files = suite_files()
    # argv[0]: the image's path on linuxu (a Linux program), else
    # UKBOOT_ARGV0
    exe = str(jimsh.img) if jimsh.plat == "linuxu" else "/jimsh"
    files[exe.lstrip("/")] = jimsh.img.read_bytes()
    d, rd = files_dir(tmp_path, files)
    want = jimsh.run_native(["tests/runall.tcl"], d)
    got = boot(jimsh.img, ["tests/runall.tcl"], jimsh.plat, initrd=rd,
               env={"UK_XEN_TIMEOUT": "600"})	# 40 s alone on xen
    assert totals(want.stdout) != want.stdout, want
    gt, wt = totals(got.stdout), totals(want.stdout)
    assert gt != got.stdout, got
    differ = failed_ids(got.stdout) ^ failed_ids(want.stdout)
    assert not differ - TIMING, (sorted(differ), got)
    # the same tests ran and were skipped; the timing ones move between
    # passed and failed
    assert (gt[0], gt[2]) == (wt[0], wt[2]), (gt, wt)
    assert int(gt[3]) - int(wt[3]) == len(failed_ids(got.stdout) & TIMING) \
        - len(failed_ids(want.stdout) & TIMING), (gt, wt, sorted(differ))
