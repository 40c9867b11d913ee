"""bzip2 1.0.8 (docs/apps.md): compress to stdout, test, and decompress
a file from the initrd; the bytes equal the native build's (and the
original's)."""
import bz2

import pytest

from corpus import PLATS, build, data, image, same_as_native

TEXT = data(300_000)
FILES = {"data.txt": TEXT, "data.txt.bz2": bz2.compress(TEXT, 9)}


@pytest.fixture(scope="module", params=PLATS)
def bzip2(request, tmp_path_factory):
    plat = request.param
    return image("bzip2", "bzip2", plat, tmp_path_factory), plat


def test_compress(bzip2, tmp_path):
    img, plat = bzip2
    exe = build("bzip2") / "bzip2.native"
    got, _ = same_as_native(img, exe, ["-c", "-9", "data.txt"], plat,
                            tmp_path, FILES)
    if plat != "xen":	# the Xen harness's console drops '\r'
        assert bz2.decompress(got.stdout) == TEXT


def test_test_and_decompress(bzip2, tmp_path):
    img, plat = bzip2
    exe = build("bzip2") / "bzip2.native"
    got, want = same_as_native(img, exe, ["-t", "-v", "data.txt.bz2"],
                               plat, tmp_path, FILES)
    assert got.stderr == want.stderr, got
    got, _ = same_as_native(img, exe, ["-d", "-c", "data.txt.bz2"], plat,
                            tmp_path, FILES)
    assert got.stdout == TEXT
