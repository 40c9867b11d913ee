"""`make install PREFIX=…` gives a uklink that works outside the source
tree: it finds the installed pool beside itself, with no --pool and no
$UKLINK_POOL, and the image it links boots."""
import os
import shutil
import subprocess

from uktest import ROOT, boot, compile_c, run


def test_installed_uklink_links_and_boots(tmp_path):
    prefix = tmp_path / "prefix"
    r = run(["make", "-s", "install", f"PREFIX={prefix}"], cwd=ROOT, timeout=600)
    assert r.rc == 0, r
    # Move the installed tree: nothing may point back into the repo.
    moved = tmp_path / "elsewhere"
    shutil.move(str(prefix), str(moved))
    uk = moved / "bin" / "uklink"
    env = {k: v for k, v in os.environ.items() if k != "UKLINK_POOL"}
    obj = compile_c(ROOT / "apps" / "helloworld" / "main.c", tmp_path / "main.o")
    p = subprocess.run([str(uk), "--plat", "kvm", "-v", str(obj), "-o", str(tmp_path / "hello")],
                       capture_output=True, text=True, env=env, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert str(moved / "lib" / "uklink" / "pool") in p.stderr, p.stderr
    assert str(ROOT) not in p.stderr.replace(str(tmp_path), ""), p.stderr
    r = boot(tmp_path / "hello")
    assert r.out == "Hello world!\n", r
    # --cflags points at the installed headers.
    p = subprocess.run([str(uk), "--plat", "kvm", "--cflags"], capture_output=True, text=True, env=env)
    assert str(moved / "lib" / "uklink" / "pool") in p.stdout
