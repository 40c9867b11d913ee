"""--report (text, TSV, JSON) and --why on the synthetic pool: golden
reports, totals that add up to the image, chains, duplicate-provider
decisions, unlinked libraries, reports of failed links."""
import json
import subprocess

from conftest import app, golden

LINK = ["--pool", "pool", "--plat", "kvm"]

MAIN = """
    int a(void); int dup(void); int printf(const char *, ...);
    int (*volatile fp)(void) = a;
    int main(void) { printf("hi %d\\n", dup()); return fp(); }
"""


def linked(run, tdir, *extra, check=0):
    app(tdir, "main.o", MAIN)
    return run(*LINK, "main.o", "-o", "img", *extra, check=check)


def records(path, kind):
    with open(path) as f:
        return [l.rstrip("\n").split("\t")[1:] for l in f
                if l.startswith(kind + "\t")]


def test_report_tsv_golden(run, tdir):
    linked(run, tdir, "--report")
    golden("report.tsv", (tdir / "img.report.tsv").read_text())


def test_report_text_golden(run, tdir):
    p = linked(run, tdir, "--report=-")
    assert p.stdout.startswith("uklink report: img (x86_64-kvm), ok\n")
    golden("report.txt", p.stdout)


def test_report_json_matches_tsv(run, tdir):
    linked(run, tdir, "--report=r.json")
    run(*LINK, "main.o", "-o", "img", "--report-format", "tsv",
        "--report=r.tsv", check=0)
    j = json.loads((tdir / "r.json").read_text())
    assert j["format"] == 1 and j["status"] == "ok"
    libs = {r[0]: int(r[2]) for r in records(tdir / "r.tsv", "lib")}
    assert {l["name"]: l["bytes"] for l in j["libs"]} == libs
    assert len(j["symbols"]) == len(records(tdir / "r.tsv", "sym"))


def test_totals_add_up_and_every_symbol_has_a_provider(run, tdir):
    linked(run, tdir, "--report=r.tsv")
    secs = {r[0]: int(r[3]) for r in records(tdir / "r.tsv", "section")}
    per = {}
    for lib, sec, n in records(tdir / "r.tsv", "libsec"):
        per[sec] = per.get(sec, 0) + int(n)
    assert per == {s: n for s, n in secs.items() if n}
    image = int(dict(records(tdir / "r.tsv", "total"))["image"])
    assert sum(int(r[2]) for r in records(tdir / "r.tsv", "lib")) == image
    nm = subprocess.run(["llvm-nm-19", "--defined-only", str(tdir / "img")],
                        capture_output=True, text=True, check=True).stdout
    names = {l.split()[-1] for l in nm.splitlines()}
    syms = {r[0]: r for r in records(tdir / "r.tsv", "sym")}
    assert names <= set(syms)
    for name, r in syms.items():
        assert r[7] != "(unattributed)", r


def test_reasons_chains_and_decisions(run, tdir):
    linked(run, tdir, "--report=r.tsv")
    libs = {r[0]: r for r in records(tdir / "r.tsv", "lib")}
    assert libs["liba"][5:] == ["needed", "a", "main.o"]
    assert libs["libb"][5:] == ["needed", "b", "liba(libliba.a:a.o)"]
    assert libs["kvm"][5] == "platform"
    dec = {r[0]: r[1:] for r in records(tdir / "r.tsv", "decision")}
    assert dec["dup"][:3] == ["rlow", "rank 10 < 20", "rhigh rlow"]
    assert dec["printf"][:3] == ["nolibc", "rank 10 < 20", "newlib nolibc"]
    unl = {r[0]: r[2] for r in records(tdir / "r.tsv", "unlinked")}
    assert unl["rhigh"] == "dup: provided by rlow (rank 10 < 20)"
    assert unl["newlib"] == "printf: provided by nolibc (rank 10 < 20)"
    assert unl["libd"].startswith("not needed")
    syms = {r[0]: r for r in records(tdir / "r.tsv", "sym")}
    assert syms["a"][8] == "liba(libliba.a:a.o)"
    assert syms["a"][10] == "a <- liba(libliba.a:a.o) <- a <- main.o [input]"


def test_lib_pins_decision(run, tdir):
    linked(run, tdir, "--lib", "rhigh", "--report=r.tsv")
    dec = {r[0]: r[1:] for r in records(tdir / "r.tsv", "decision")}
    assert dec["dup"][:2] == ["rhigh", "--lib"]
    libs = {r[0]: r for r in records(tdir / "r.tsv", "lib")}
    assert libs["rhigh"][5] == "--lib"


def test_report_written_when_the_link_fails(run, tdir):
    app(tdir, "main.o", "int a(void); int nowhere(void);"
        "int main(void){return a() + nowhere();}")
    p = run(*LINK, "main.o", "-o", "img", "--report=r.tsv", check=1)
    assert "undefined symbol: nowhere" in p.stderr
    head = records(tdir / "r.tsv", "uklink-report")[0]
    assert head[1] == "failed:run_link"
    libs = {r[0]: r for r in records(tdir / "r.tsv", "lib")}
    assert libs["liba"][2] == "-" and libs["liba"][5] == "needed"
    assert not (tdir / "img").exists()


def test_why_present(run, tdir):
    p = linked(run, tdir, "--why", "a")
    assert p.stdout.splitlines()[:2] == [
        "a: in the image (.text, %s bytes at %s), from liba(libliba.a:a.o) "
        "[global]" % tuple(p.stdout.split("(.text, ")[1].split(")")[0]
                           .replace(" bytes at", "").split()),
        "    a \u2190 liba(libliba.a:a.o) \u2190 a \u2190 main.o [input]"]
    assert "  referenced by main.o:" in p.stdout


def test_why_dropped(run, tdir):
    p = linked(run, tdir, "--why", "c")
    assert p.stdout.startswith("c: not in the image: dropped by LTO/"
                               "--gc-sections: defined by "
                               "libc1(liblibc1.a:c.o), which is linked")
    assert "c \u2190 libc1(liblibc1.a:c.o) \u2190 c \u2190 " \
           "libb(liblibb.a:b.o) \u2190 b" in p.stdout


def test_why_absent(run, tdir):
    p = linked(run, tdir, "--why", "nosuch", "--why", "d", "--why",
               "_ukfoo_h", "--why", "fopen", "--why", "only2")
    golden("why_absent.txt", p.stdout)


def test_why_with_report_on_stdout_is_not_mixed(run, tdir):
    p = linked(run, tdir, "--why", "a", "--report=r.json")
    assert p.stdout.startswith("a: in the image")
    json.loads((tdir / "r.json").read_text())


def test_report_pass_is_timed(run, tdir):
    """-v prints the report pass's cost; how small it is is measured by
    `make bench` (bench/run.sh), not asserted (a loaded machine, ASan)."""
    p = linked(run, tdir, "-v", "--report=r.tsv")
    ms = float(p.stderr.split("uklink: report: ")[1].split()[0])
    assert ms >= 0, ms


def test_report_usage_errors(run, tdir):
    p = run(*LINK, "--report-format", "xml", "x.o", check=2)
    assert "--report-format must be text, tsv or json, not 'xml'" in p.stderr
    p = run(*LINK, "--options", "--report", "x.o", check=2)
    assert "--report and --why need a link" in p.stderr


def test_dry_run_writes_no_report(run, tdir):
    linked(run, tdir, "--report", "-###")
    assert not (tdir / "img.report.tsv").exists()
