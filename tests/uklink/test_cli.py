"""Command line: help, version, usage errors (exit 2), --cflags, dry runs."""
import os

from conftest import app, golden, libs_of


def test_help(run):
    p = run("--help", check=0)
    assert p.stderr == ""
    golden("help.txt", p.stdout)
    assert run("run", "--help", check=0).stdout == p.stdout


def test_version(run):
    p = run("--version", check=0)
    assert p.stdout.startswith("uklink 0.1.0 (LLVM 19")


def usage(run, name, *args):
    p = run(*args, check=2)
    assert p.stdout == ""
    golden(name, p.stderr)


def test_usage_no_arguments(run):
    usage(run, "usage_none.txt")


def test_usage_no_inputs(run):
    usage(run, "usage_no_inputs.txt", "--plat", "kvm")


def test_usage_unknown_option(run):
    usage(run, "usage_unknown.txt", "--plat", "kvm", "--frobnicate", "x.o")


def test_usage_missing_value(run):
    usage(run, "usage_missing_value.txt", "x.o", "--plat")


def test_usage_bad_define(run):
    usage(run, "usage_bad_define.txt", "--plat", "kvm", "-D", "NOVALUE", "x.o")


def test_usage_all_reported(run):
    # every usage error is reported, then exit 2, nothing is done
    p = run("--bogus", "-D", "=1", "x.o", check=2)
    assert p.stderr.count("uklink: error:") == 3


def test_usage_run(run):
    usage(run, "usage_run.txt", "run", "--plat", "kvm", "--accel", "hvf",
          "--memory", "lots")


def test_option_forms(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    p = run("--pool=pool", "--plat=kvm", "-oimg", "-DUKFOO_LVL=2",
            "--lib=ukfoo", "-###", "main.o", check=0)
    assert " -o .img.uklink-XXXXXX " in p.stdout


def test_cflags(run, tdir):
    p = run("--pool", "pool", "--plat", "kvm", "--cflags", check=0)
    assert p.stdout == ("--sysroot=pool/v0.1-llvm19/x86_64-kvm -isystem "
                        "pool/v0.1-llvm19/x86_64-kvm/include\n")


def test_pool_from_environment(run, tdir):
    p = run("--plat", "kvm", "--cflags", env={"UKLINK_POOL": "pool"}, check=0)
    assert "pool/v0.1-llvm19/x86_64-kvm/include" in p.stdout


def test_dry_run_writes_nothing(run, tdir):
    app(tdir, "main.o", "int a(void); int main(void){return a();}")
    os.mkdir(tdir / "tmp")
    p = run("--pool", "pool", "--plat", "kvm", "-###", "main.o", "-o", "img",
            "-D", "UKFOO_LVL=3", "--lib", "ukfoo",
            env={"TMPDIR": str(tdir / "tmp")}, check=0)
    t = str(tdir / "tmp")
    golden("dry_run.txt", p.stdout.replace(t, "<TMP>"))
    assert p.stderr == ""
    assert os.listdir(tdir / "tmp") == []
    assert sorted(os.listdir(tdir)) == ["main.o", "pool", "tmp"]


def test_verbose_lines(run, tdir):
    app(tdir, "main.o", "int a(void); int main(void){return a();}")
    p = run("--pool", "pool", "--plat", "kvm", "-v", "-###", "main.o", check=0)
    lines = p.stderr.splitlines()
    assert lines[0] == "uklink: pool pool (from --pool)"
    assert lines[1] == "uklink: target pool/v0.1-llvm19/x86_64-kvm"
    assert lines[-1].startswith("uklink: ld: ld.lld-19 -nostdlib")
    assert libs_of(p.stderr) == ["kvm", "liba", "libb", "libc1"]
