"""lz4 1.9.4's command-line program (docs/apps.md): a round trip of a
file from the initrd, byte for byte as the native build (on xen, whose
test console is text only, -v's sizes), and its -b benchmark mode (same
sizes and ratio; the speeds are not compared)."""
import re

from corpus import data, program, same_as_native

TEXT = data(400_000, seed=7)


lz4 = program("lz4", "lz4")


def test_round_trip(lz4, tmp_path):
    files = {"data.txt": TEXT}
    comp, want = same_as_native(lz4, ["-9", "-c", "-v", "data.txt"],
                                tmp_path / "c", files, binary=True)
    sizes = rb"Compressed 400000 bytes into \d+ bytes"
    assert re.search(sizes, want.stderr), want
    assert (re.search(sizes, comp.stderr).group(0) ==
            re.search(sizes, want.stderr).group(0)), comp
    # the native bytes, which the guest's equal (kvm, linuxu)
    files["data.txt.lz4"] = want.stdout
    back, _ = same_as_native(lz4, ["-d", "-c", "data.txt.lz4"], tmp_path / "d",
                             files)
    if lz4.plat != "xen":	# (xen: as the harness keeps it, checked)
        assert back.stdout == TEXT


def benchmark_line(out):
    """From the last progress line ('|-data.txt : 400000 -> 158565
    (2.523), 263.8 MB/s'): the sizes and the ratio, not the speeds."""
    m = re.findall(rb"(\S+)\s*:\s*(\d+) ->\s+(\d+) \(([\d.]+)\)", out)
    return b" ".join(m[-1][1:]) if m else out


def test_benchmark_mode(lz4, tmp_path):
    got, want = same_as_native(lz4, ["-b1", "-i1", "data.txt"], tmp_path,
                               {"data.txt": TEXT}, out_filter=benchmark_line)
    # lz4 prints its results on stderr
    assert benchmark_line(got.stderr) == benchmark_line(want.stderr), got
    assert re.fullmatch(rb"400000 \d+ [\d.]+", benchmark_line(want.stderr))
