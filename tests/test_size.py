"""Size regression (docs/reports.md): `make size-check` compares every app x
target with tests/size/ baselines; a grown app is caught with a diff naming
what grew. Also the report's own promises on the real helloworld."""
import json
import shutil
import subprocess
import sys

from uktest import ROOT, UKLINK, compile_c, pool_target, uklink

CHECK = [sys.executable, str(ROOT / "tests" / "size" / "sizecheck.py"),
         "--uklink", UKLINK]


def sizecheck(*args):
    return subprocess.run([*CHECK, *args], capture_output=True, text=True,
                          timeout=600)


def test_size_check_passes():
    r = sizecheck()
    assert r.returncode == 0, r.stdout + r.stderr
    assert "helloworld.x86_64-kvm: ok" in r.stdout
    assert "helloworld.x86_64-linuxu: ok" in r.stdout


def test_grown_app_is_caught(tmp_path):
    apps = tmp_path / "apps"
    shutil.copytree(ROOT / "apps" / "helloworld", apps / "helloworld")
    main = apps / "helloworld" / "main.c"
    main.write_text(main.read_text().replace(
        "int main(int argc, char *argv[])\n{",
        "volatile int grown_table[64] = {1, 2, 3};\n\n"
        "int main(int argc, char *argv[])\n{\n"
        "\tgrown_table[argc & 63]++;"))
    r = sizecheck("--apps", str(apps))
    assert r.returncode == 1, r.stdout
    assert "helloworld.x86_64-kvm: FAIL" in r.stdout
    assert "grown_table (app)" in r.stdout
    assert "library (app) grew by" in r.stdout
    assert "make size-update" in r.stdout


def test_new_app_is_reported_not_failed(tmp_path):
    apps = tmp_path / "apps"
    (apps / "tiny").mkdir(parents=True)
    (apps / "tiny" / "main.c").write_text("int main(void){return 0;}\n")
    r = sizecheck("--apps", str(apps), "--baselines", str(tmp_path))
    assert r.returncode == 0, r.stdout
    assert "tiny.x86_64-kvm: new, no baseline" in r.stdout
    r = sizecheck("--apps", str(apps), "--baselines", str(tmp_path),
                  "--update")
    assert (tmp_path / "tiny.x86_64-kvm.tsv").exists()
    assert sizecheck("--apps", str(apps), "--baselines",
                     str(tmp_path)).returncode == 0


def test_helloworld_report_adds_up(tmp_path):
    """Per-library bytes (libraries and the app) cover .text+.rodata+.data
    within 1%; every symbol of the ELF is in the report with a provider."""
    obj = compile_c(ROOT / "apps" / "helloworld" / "main.c",
                    tmp_path / "main.o", cc="gcc")
    img = tmp_path / "hello"
    r = uklink("--plat", "kvm", obj, "-o", img, "--report=" + str(img) +
               ".json", "-v")
    assert r.rc == 0, r
    rep = json.loads((tmp_path / "hello.json").read_text())
    secs = rep["totals"]["sections"]
    core = secs[".text"] + secs[".rodata"] + secs[".data"]
    libs = sum(l["sections"].get(s, 0) for l in rep["libs"]
               for s in (".text", ".rodata", ".data")
               if not l["name"].startswith("(") or l["name"] == "(app)")
    assert abs(core - libs) <= core / 100, (core, libs)
    # and all rows together are the image, exactly
    assert sum(l["bytes"] for l in rep["libs"]) == rep["totals"]["image"]
    nm = subprocess.run(["llvm-nm-19", "--defined-only", str(img)],
                        capture_output=True, text=True, check=True).stdout
    names = {l.split()[-1] for l in nm.splitlines()}
    syms = {s["name"]: s for s in rep["symbols"]}
    assert names <= set(syms)
    for s in syms.values():
        assert s["lib"] != "(unattributed)", s
        if s["lib"] not in ("(linker)",):
            assert s["member"] != "-" or s["how"] == "ldsym", s
    # -v times the report pass (its size: bench/run.sh, not a test bound).
    ms = float(r.err.split("uklink: report: ")[1].split()[0])
    assert ms >= 0, ms
    assert pool_target().is_dir()
