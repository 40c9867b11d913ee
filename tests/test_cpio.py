"""ukcpio's reader (libpool/ukcpio) compiled for the host, over archives
tests/newc.py writes: good ones list every entry, each kind of bad one
stops where it is bad, with its reason (docs/vfs.md, "Files at boot")."""
import subprocess

import pytest

import newc
from uktest import ROOT

CPIO = ROOT / "libpool" / "ukcpio"


@pytest.fixture(scope="module")
def lister(tmp_path_factory):
    exe = tmp_path_factory.mktemp("cpio") / "cpio_list"
    subprocess.run(["gcc", "-Wall", "-Werror", f"-I{CPIO / 'include'}",
                    str(CPIO / "tests" / "host" / "cpio_list.c"),
                    str(CPIO / "cpio.c"), "-o", str(exe)], check=True)
    return exe


def listing(lister, tmp_path, data):
    f = tmp_path / "a.cpio"
    f.write_bytes(data)
    r = subprocess.run([str(lister), str(f)], capture_output=True, text=True)
    assert r.returncode == 0, r
    return r.stdout.splitlines()


def test_tree_from_directory(lister, tmp_path):
    src = tmp_path / "src"
    (src / "d" / "e").mkdir(parents=True)
    (src / "top.txt").write_bytes(b"hello\n")
    (src / "d" / "e" / "deep").write_bytes(bytes(range(256)) * 5)
    (src / "d" / "empty").write_bytes(b"")
    (src / "d" / "x").write_bytes(b"abc")
    (src / "d" / "x").chmod(0o750)
    out = listing(lister, tmp_path, newc.from_dir(src))
    assert out == ["d 0755 0 d", "f 0644 6 top.txt", "d 0755 0 d/e",
                   "f 0644 0 d/empty", "f 0750 3 d/x",
                   "f 0644 1280 d/e/deep", "end"], out


def test_names_relative_to_root(lister, tmp_path):
    """'.', './x' and '/x' (find . and find /abs) are all fine."""
    a = newc.archive([(".", None), ("./a", b"1"), ("/b", b"22"),
                      ("c//d/./e", b"")])
    assert listing(lister, tmp_path, a) == [
        "d 0755 0 .", "f 0644 1 ./a", "f 0644 2 /b", "f 0644 0 c//d/./e",
        "end"]


def test_symbolic_links(lister, tmp_path):
    a = (newc.entry("l", b"target/file", mode=0o120777)
         + newc.entry("d/up", b"../x", mode=0o120777) + newc.trailer())
    assert listing(lister, tmp_path, a) == [
        "l 0777 11 l", "l 0777 4 d/up", "end"]


def test_concatenated_archives_and_zero_padding(lister, tmp_path):
    a = newc.archive([("a", b"1")]) + b"\0" * 512
    b = newc.archive([("b", b"2")]) + b"\0" * 3
    assert listing(lister, tmp_path, a + b) == [
        "f 0644 1 a", "f 0644 1 b", "end"]


def test_checksummed_entries(lister, tmp_path):
    good = newc.entry("c", b"data", magic=b"070702") + newc.trailer()
    assert listing(lister, tmp_path, good) == ["f 0644 4 c", "end"]
    bad = newc.entry("c", b"data", magic=b"070702", check=1) + newc.trailer()
    assert listing(lister, tmp_path, bad) == ["error 0 checksum mismatch: c"]


OK = newc.entry("ok", b"fine")
BAD = {
    "truncated data": (newc.archive([("f", b"x" * 100)])[:150],
                       "error 0 truncated archive"),
    "truncated header": (OK + newc.trailer()[:50],
                         f"error {len(OK)} truncated archive"),
    "no trailer": (OK, f"error {len(OK)} archive ends without its trailer"),
    "empty": (b"", "error 0 truncated archive"),
    "bad magic": (b"070707" + newc.archive([("f", b"")])[6:],
                  "error 0 bad magic (not a cpio newc archive)"),
    "not cpio": (b"\x7fELF" + b"\0" * 200,
                 "error 0 bad magic (not a cpio newc archive)"),
    "bad field": (newc.archive([("f", b"")]).replace(b"070701000000", b"0707010000zz", 1),
                  "error 0 bad header field (not hexadecimal)"),
    "dotdot": (OK + newc.archive([("a/../../etc", b"")]),
               f"error {len(OK)} '..' in a path: a/../../etc"),
    "dotdot leading": (newc.archive([("../x", b"")]), "error 0 '..' in a path: ../x"),
    "absolute outside": (newc.archive([("/../x", b"")]), "error 0 '..' in a path: /../x"),
    "dotdot last": (newc.archive([("a/..", None)]), "error 0 '..' in a path: a/.."),
    "long component": (newc.archive([("d/" + "n" * 256, b"")]),
                       "error 0 name too long"),
    "long path": (newc.archive([("/".join(["p" * 200] * 21), b"")]),
                  "error 0 name too long"),
    "unterminated name": (newc.entry("abc", namesize=3) + newc.trailer(),
                          "error 0 empty or unterminated name"),
    "empty name": (newc.entry("", namesize=1) + newc.trailer(),
                   "error 0 empty or unterminated name"),
    "name with NUL": (newc.entry(b"a\0b") + newc.trailer(),
                      "error 0 empty or unterminated name"),
    "huge namesize": (newc.entry("abc", namesize=0xffffffff) + newc.trailer(),
                      "error 0 truncated archive"),
    "device": (newc.entry("dev", mode=0o020644) + newc.trailer(),
               "error 0 unsupported file type (only regular files, "
               "directories and symbolic links): dev"),
    "fifo": (newc.entry("p", mode=0o010644) + newc.trailer(),
             "error 0 unsupported file type (only regular files, "
             "directories and symbolic links): p"),
    "empty link": (newc.entry("l", b"", mode=0o120777) + newc.trailer(),
                   "error 0 symbolic link with an empty or overlong target: l"),
    "dir with data": (newc.entry("d", b"x", mode=0o040755) + newc.trailer(),
                      "error 0 directory with data: d"),
    "garbage after trailer": (newc.archive([("a", b"")]) + b"junk",
                              "f 0644 0 a"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_archive_stops_with_reason(lister, tmp_path, case):
    data, want = BAD[case]
    out = listing(lister, tmp_path, data)
    if case == "garbage after trailer":
        assert out[0] == want and out[-1].startswith("error "), out
        return
    # Long names are printed whole: compare their start.
    assert out[-1] == want or (out[-1].startswith(want + ": ") and
                               "long" in case), out
