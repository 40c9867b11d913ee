"""lz4 1.9.4's command-line program (docs/apps.md): a round trip of a
file from the initrd, byte for byte as the native build, and its -b
benchmark mode (same sizes and ratio; the speeds are not compared)."""
import re

import pytest

from corpus import PLATS, build, data, image, same_as_native

TEXT = data(400_000, seed=7)


@pytest.fixture(scope="module", params=PLATS)
def lz4(request, tmp_path_factory):
    plat = request.param
    return image("lz4", "lz4", plat, tmp_path_factory), plat


def test_round_trip(lz4, tmp_path):
    img, plat = lz4
    exe = build("lz4") / "lz4.native"
    files = {"data.txt": TEXT}
    comp, want = same_as_native(img, exe, ["-9", "-c", "data.txt"], plat,
                                tmp_path / "c", files)
    # (equal to the native bytes; on xen only what its harness keeps)
    files["data.txt.lz4"] = want.stdout
    back, _ = same_as_native(img, exe, ["-d", "-c", "data.txt.lz4"], plat,
                             tmp_path / "d", files)
    assert back.stdout == TEXT


def benchmark_line(out):
    """From the last progress line ('|-data.txt : 400000 -> 158565
    (2.523), 263.8 MB/s'): the sizes and the ratio, not the speeds."""
    m = re.findall(rb"(\S+)\s*:\s*(\d+) ->\s+(\d+) \(([\d.]+)\)", out)
    return b" ".join(m[-1][1:]) if m else out


def test_benchmark_mode(lz4, tmp_path):
    img, plat = lz4
    exe = build("lz4") / "lz4.native"
    got, want = same_as_native(img, exe, ["-b1", "-i1", "data.txt"], plat,
                               tmp_path, {"data.txt": TEXT},
                               out_filter=benchmark_line)
    # lz4 prints its results on stderr
    assert benchmark_line(got.stderr) == benchmark_line(want.stderr), got
    assert b"->" in benchmark_line(want.stderr)
