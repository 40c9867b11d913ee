"""Files at boot (docs/vfs.md, "Files at boot"): a cpio initrd given to
`uklink run --initrd` (kvm: QEMU -initrd, a PVH module; xen: xl's
ramdisk=; linuxu: --uk-initrd=FILE) and a directory linked in with
`uklink --embed DIR` are unpacked into / before main; a bad archive stops
the boot with a message and status 1 before the program runs."""
import os

import pytest

import newc
from uktest import (ACCEL, ROOT, UKLINK, XEN_BOOT_TIMEOUT, compile_c, link,
                    run, skip_xen, uklink)

APP = ROOT / "tests" / "apps" / "initrd_cat.c"
PLATS = ["kvm", "linuxu",
         pytest.param("xen", marks=[pytest.mark.xen, skip_xen()])]

TREE = {"a.txt": (b"alpha\n", 0o644), "d/b.txt": (b"beta\n" * 3, 0o600),
        "d/e/deep.txt": (b"deep\n", 0o755), "d/empty": (b"", 0o644)}


def make_tree(root, files):
    for name, (data, mode) in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        p.chmod(mode)
    return root


def listing(files):
    """What initrd_cat prints for FILES (name -> (bytes, mode) or None)."""
    out = b""
    for name, v in files.items():
        if v is None:
            out += b"== %s missing\n" % name.encode()
        else:
            out += b"== %s %d %o\n" % (name.encode(), len(v[0]), v[1]) + v[0]
    return out


def boot(img, plat, args=(), initrd=None):
    cmd = ["run", "--plat", plat, "--accel", ACCEL]
    if initrd:
        cmd += ["--initrd", initrd]
    return uklink(*cmd, img, *args,
                  timeout=XEN_BOOT_TIMEOUT if plat == "xen" else 120)


@pytest.fixture(scope="module")
def obj(tmp_path_factory):
    d = tmp_path_factory.mktemp("initrd")
    return compile_c(APP, d / "initrd_cat.o", flags=["-O2"])


@pytest.fixture(scope="module", params=PLATS)
def images(request, obj, tmp_path_factory):
    """The program plain, and with a directory embedded."""
    plat = request.param
    d = tmp_path_factory.mktemp(f"img-{plat}")
    emb = make_tree(d / "embedded", {"a.txt": (b"embedded a\n", 0o644),
                                     "only-embedded": (b"e\n", 0o640)})
    (emb / "emb-link").symlink_to("only-embedded")
    return (plat, link([obj], d / "plain", plat=plat),
            link([obj], d / "embedded.img", "--embed", emb, plat=plat))


def test_initrd_files(images, tmp_path):
    plat, plain, _ = images
    rd = tmp_path / "rd.cpio"
    tree = make_tree(tmp_path / "t", TREE)
    (tree / "d" / "link").symlink_to("b.txt")         # relative, followed
    (tree / "abs").symlink_to("/d/e/deep.txt")
    rd.write_bytes(newc.from_dir(tree))
    names = list(TREE) + ["/d/b.txt", "./a.txt", "d/link", "abs", "nope"]
    want = dict(TREE)
    want.update({"/d/b.txt": TREE["d/b.txt"], "./a.txt": TREE["a.txt"],
                 "d/link": TREE["d/b.txt"], "abs": TREE["d/e/deep.txt"],
                 "nope": None})
    r = boot(plain, plat, names, initrd=rd)
    assert (r.rc, r.out) == (0, listing(want).decode()), r


def test_embedded_then_initrd(images, tmp_path):
    """The embedded files are there; the initrd's replace them."""
    plat, _, emb = images
    if plat != "xen":
        r = boot(emb, plat, ["a.txt", "only-embedded", "emb-link"])
        assert (r.rc, r.out) == (0, listing({
            "a.txt": (b"embedded a\n", 0o644),
            "only-embedded": (b"e\n", 0o640),
            "emb-link": (b"e\n", 0o640)}).decode()), r
    rd = tmp_path / "rd.cpio"
    rd.write_bytes(newc.archive([("a.txt", b"from initrd\n"),
                                 ("new/x", b"x\n")]))
    r = boot(emb, plat, ["a.txt", "only-embedded", "new/x"], initrd=rd)
    assert (r.rc, r.out) == (0, listing({
        "a.txt": (b"from initrd\n", 0o644), "only-embedded": (b"e\n", 0o640),
        "new/x": (b"x\n", 0o644)}).decode()), r


OK = newc.entry("ok", b"fine\n")
BAD = {
    "truncated": (newc.archive([("f", b"x" * 100)])[:150],
                  "byte 0: truncated archive"),
    "bad magic": (b"\x7fELF" + bytes(200),
                  "byte 0: bad magic (not a cpio newc archive)"),
    "dotdot": (OK + newc.archive([("a/../../etc", b"x")]),
               f"byte {len(OK)} (a/../../etc): '..' in a path"),
    "long name": (newc.archive([("n" * 300, b"")]),
                  "byte 0 (" + "n" * 64 + "...): name too long"),
    "no trailer": (OK, f"byte {len(OK)}: archive ends without its trailer"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_archive_stops_the_boot(images, tmp_path, case):
    plat, plain, _ = images
    if plat == "xen" and case != "dotdot":
        pytest.skip("one bad archive is enough to check xen's path")
    data, msg = BAD[case]
    rd = tmp_path / "bad.cpio"
    rd.write_bytes(data)
    r = boot(plain, plat, ["ok"], initrd=rd)
    out = r.out + r.err
    assert r.rc == 1 and "initrd: error: " + msg in out, r
    assert "the boot stops" in out and "== ok" not in out, r


def test_missing_initrd_file_on_linuxu(images, tmp_path):
    plat, plain, _ = images
    if plat != "linuxu":
        pytest.skip("uklink run checks the file itself on kvm and xen")
    r = run([str(plain), f"--uk-initrd={tmp_path / 'nope.cpio'}", "a"])
    assert r.rc == 1 and "cannot read the initrd (error 2)" in r.err + r.out, r


def test_embed_refuses_what_the_unikernel_cannot_hold(obj, tmp_path):
    """Every problem is reported, with its path; no image is written.
    (Names too long for the unikernel are too long for the host too.)"""
    d = tmp_path / "e"
    d.mkdir()
    os.mkfifo(d / "fifo")
    (d / "ok").write_bytes(b"")
    r = uklink("--plat", "kvm", "--embed", d, "--embed", tmp_path / "none",
               obj, "-o", tmp_path / "x")
    assert r.rc == 1, r
    assert f"{d}/fifo: --embed: not a regular file, a directory or a " \
        "symbolic link" in r.err
    assert f"{tmp_path / 'none'}: --embed: not a directory" in r.err
    assert not (tmp_path / "x").exists()
