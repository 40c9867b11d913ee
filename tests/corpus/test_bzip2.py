"""bzip2 1.0.8 (docs/apps.md): compress to stdout, test, and decompress
a file from the initrd; the bytes equal the native build's (and the
original's); -v's figures (sizes in and out) equal too, which is what
xen's text-only test console can compare of the compressed stream."""
import bz2

from corpus import data, program, same_as_native

TEXT = data(300_000)
FILES = {"data.txt": TEXT, "data.txt.bz2": bz2.compress(TEXT, 9)}


bzip2 = program("bzip2", "bzip2")


def test_compress(bzip2, tmp_path):
    got, want = same_as_native(bzip2, ["-c", "-9", "-v", "data.txt"],
                               tmp_path, FILES, binary=True)
    assert got.stderr == want.stderr and b" out." in got.stderr, got
    if bzip2.plat != "xen":
        assert bz2.decompress(got.stdout) == TEXT


def test_test_and_decompress(bzip2, tmp_path):
    got, want = same_as_native(bzip2, ["-t", "-v", "data.txt.bz2"],
                               tmp_path, FILES)
    assert got.stderr == want.stderr, got
    got, _ = same_as_native(bzip2, ["-d", "-c", "data.txt.bz2"], tmp_path,
                            FILES)
    if bzip2.plat != "xen":	# (xen: as the harness keeps it, checked)
        assert got.stdout == TEXT
