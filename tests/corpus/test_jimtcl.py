"""Jim Tcl 0.81 (docs/apps.md): its own test suite (tests/*.test, run by
tests/runall.tcl in one jimsh) inside the unikernel from the initrd,
with the same totals as the native build run over the same files."""
import re

from corpus import boot, files_dir, native, program
from uktest import ROOT

SUITE = ROOT / "build" / "src" / "jimtcl" / "tests"


def suite_files():
    return {f"tests/{p.name}": p.read_bytes() for p in sorted(SUITE.iterdir())
            if p.is_file()}


def totals(out):
    m = re.search(rb"Totals: Total\s+(\d+)\s+Passed\s+(\d+)\s+Skipped\s+(\d+)"
                  rb"\s+Failed\s+(\d+)", out)
    return m.groups() if m else out


jimsh = program("jimtcl", "jimsh")


def test_eval_argument(jimsh):
    """An argument with quotes and blanks reaches the interpreter whole."""
    got = boot(jimsh.img, ["-e", 'puts "a b"; puts [expr {6 * 7}]'],
               jimsh.plat)
    assert (got.returncode, got.stdout) == (0, b"a b\n42\n"), got


def test_own_test_suite(jimsh, tmp_path):
    d, rd = files_dir(tmp_path, suite_files())
    want = native(jimsh.native, ["tests/runall.tcl"], d)
    got = boot(jimsh.img, ["tests/runall.tcl"], jimsh.plat, initrd=rd,
               memory=512)
    assert totals(want.stdout) != want.stdout, want
    assert totals(got.stdout) == totals(want.stdout), got
