"""uklink size-diff: growth per library and per symbol, the --check
tolerance (max(PCT% of the old size, BYTES)) to the byte, TSV and JSON
reports, and the IMG -> IMG.report.tsv convention."""
import json

from conftest import app, golden


def report(path, image, libs, syms):
    """A minimal TSV report: libs {name: bytes}, syms {(name, lib): size}."""
    lines = [f"uklink-report\t1\tok\timg\tx86_64-kvm"]
    for name, n in libs.items():
        lines.append(f"lib\t{name}\t-\t{n}\t0\t0\tneeded\t-\t-")
    for (name, lib), n in syms.items():
        lines.append(f"sym\t{name}\t{n}\t{n}\t.text\t0x0\tglobal\tfunc\t{lib}"
                     f"\t-\tglobal\t-")
    lines.append(f"total\timage\t{image}")
    path.write_text("\n".join(lines) + "\n")
    return str(path.name)


OLD_LIBS = {"nolibc": 1000, "big": 10000}
OLD_SYMS = {("fmt", "nolibc"): 600, ("blob", "big"): 10000}


def grown(tdir, name, lib_delta, big_delta=0):
    libs = dict(OLD_LIBS, nolibc=1000 + lib_delta, big=10000 + big_delta)
    syms = dict(OLD_SYMS)
    syms[("fmt", "nolibc")] += lib_delta
    syms[("blob", "big")] += big_delta
    return report(tdir / name, 11000 + lib_delta + big_delta, libs, syms)


def test_diff_golden(run, tdir):
    old = report(tdir / "old.tsv", 11000, OLD_LIBS, OLD_SYMS)
    libs = {"nolibc": 1100, "big": 9990, "ukfoo": 30}
    syms = {("fmt", "nolibc"): 700, ("blob", "big"): 9990,
            ("foo", "ukfoo"): 30}
    new = report(tdir / "new.tsv", 11130, libs, syms)
    p = run("size-diff", old, new, check=0)
    golden("size_diff.txt", p.stdout)


def test_check_tolerance_to_the_byte(run, tdir):
    old = report(tdir / "old.tsv", 11000, OLD_LIBS, OLD_SYMS)
    # nolibc: max(1% of 1000, 64) = 64 bytes may grow, not 65
    run("size-diff", "--check", old, grown(tdir, "ok.tsv", 64), check=0)
    p = run("size-diff", "--check", old, grown(tdir, "bad.tsv", 65), check=1)
    assert "uklink: error: bad.tsv: library nolibc grew by 65 bytes " \
           "(1000 -> 1065), more than the tolerance of 64 bytes" in p.stderr
    assert "fmt (nolibc)" in p.stdout
    # big: 1% of 10000 = 100 bytes may grow, not 101; the image (11000):
    # 110 bytes
    run("size-diff", "--check", old, grown(tdir, "ok2.tsv", 0, 100), check=0)
    p = run("size-diff", "--check", old, grown(tdir, "bad2.tsv", 0, 101),
            check=1)
    assert "library big grew by 101 bytes" in p.stderr
    assert "the image" not in p.stderr
    p = run("size-diff", "--check=0,0", old, grown(tdir, "one.tsv", 1),
            check=1)
    assert "library nolibc grew by 1 bytes" in p.stderr
    # without --check, size-diff only reports
    run("size-diff", old, grown(tdir, "bad3.tsv", 500), check=0)


def test_json_and_image_convention(run, tdir):
    app(tdir, "main.o", "int a(void); int main(void){return a();}")
    run("--pool", "pool", "--plat", "kvm", "main.o", "-o", "img",
        "--report", check=0)
    run("--pool", "pool", "--plat", "kvm", "main.o", "-o", "img2",
        "--report=img2.json", check=0)
    p = run("size-diff", "img", "img2.json", check=0)
    assert p.stdout.startswith("add/remove: 0/0 grow/shrink: 0/0 ")
    j = json.loads((tdir / "img2.json").read_text())
    assert f"Before={j['totals']['image']}, After={j['totals']['image']}" \
        in p.stdout
    p = run("size-diff", "main.o", "img", check=1)
    assert "not a uklink report" in p.stderr
    (tdir / "img3").write_bytes((tdir / "img").read_bytes())
    p = run("size-diff", "img3", "img", check=1)
    assert "uklink: error: img3.report.tsv: no report for image img3" \
        in p.stderr


def test_usage(run):
    p = run("size-diff", "a", check=2)
    assert "needs two reports or images" in p.stderr
    p = run("size-diff", "--check=x", "a", "b", check=2)
    assert "--check needs PCT,BYTES" in p.stderr
