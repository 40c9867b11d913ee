"""mk/fetch.sh (docs/porting.md) refuses an upstream file whose SHA-256
differs from its recipe: no tree, no stamp, a message naming the file.
Uses a local 'file' recipe, so no network is needed."""
import hashlib
import subprocess
import tarfile

from uktest import ROOT, run


def recipe(tmp_path, digest):
    src = tmp_path / "up" / "demo-1.0"
    src.mkdir(parents=True)
    (src / "hello.c").write_text("int hello(void) { return 42; }\n")
    tb = tmp_path / "demo_1.0.tar.gz"
    with tarfile.open(tb, "w:gz") as t:
        t.add(src, arcname="demo-1.0")
    good = hashlib.sha256(tb.read_bytes()).hexdigest()
    d = tmp_path / "demo"
    d.mkdir()
    (d / "port.uk").write_text(
        f"name\tdemo\nfile\t{tb} demo-pkg 1.0\n"
        f"sha256\t{digest(good)} demo_1.0.tar.gz\nunpack\ttar\n")
    return d


def fetch(d, build):
    return run(["sh", str(ROOT / "mk" / "fetch.sh"), str(d), str(build)],
               timeout=120)


def test_wrong_sha256_is_refused(tmp_path):
    d = recipe(tmp_path, lambda good: ("0" if good[0] != "0" else "1") + good[1:])
    build = tmp_path / "build"
    r = fetch(d, build)
    assert r.rc != 0, r
    assert "demo_1.0.tar.gz: SHA-256 differs from the recipe" in r.err, r
    assert not (build / "src" / "demo.stamp").exists()
    assert not (build / "src" / "demo-1.0").exists()


def test_right_sha256_unpacks(tmp_path):
    d = recipe(tmp_path, lambda good: good)
    build = tmp_path / "build"
    r = fetch(d, build)
    assert r.rc == 0, r
    assert (build / "src" / "demo.stamp").exists()
    assert (build / "src" / "demo" / "hello.c").read_text().startswith("int hello")
