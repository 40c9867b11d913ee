"""Every error message, as golden files (one per behaviour), and exit codes.
Paths are relative to the test directory, so the outputs are stable."""
import os
import random
import shutil
import subprocess

import poolgen
from conftest import app, golden

LINK = ["--pool", "pool", "--plat", "kvm", "--dry-run"]


def err(run, name, *args, code=1, env=None):
    p = run(*args, env=env, check=code)
    golden(name, p.stderr)
    return p


# Undefined symbols are ld.lld's to judge (it reports only those a kept
# section refers to): these tests link for real.
REAL = ["--pool", "pool", "--plat", "kvm"]


def test_unresolved_symbol(run, tdir):
    app(tdir, "main.o", "int nosuch(void); int main(void){return nosuch();}")
    app(tdir, "other.o", "int nosuch(void); int o(void){return nosuch();}")
    err(run, "unresolved.txt", *REAL, "main.o", "other.o")


def test_unresolved_native(run, tdir):
    """A native object: ld.lld names the referencing function."""
    app(tdir, "main.o", "int nosuch(void); int f(void){return nosuch();}"
        "int main(void){return f();}", native=True)
    p = err(run, "unresolved_native.txt", *REAL, "main.o")
    assert not (tdir / "a.out").exists()


def test_unresolved_only_in_other_platform(run, tdir):
    app(tdir, "main.o", "int xen_only(void); int main(void){return xen_only();}")
    err(run, "unresolved_other_target.txt", *REAL, "main.o")


def test_private_symbol_not_visible_to_app(run, tdir):
    app(tdir, "main.o", "int _ukfoo_h(void); int main(void){return _ukfoo_h();}")
    err(run, "private_from_app.txt", *LINK, "main.o")


def test_private_symbol_not_visible_to_other_library(run, tdir):
    app(tdir, "main.o", "int peek(void); int main(void){return peek();}")
    err(run, "private_from_library.txt", *LINK, "main.o")


def test_private_symbol_not_visible_even_if_library_linked(run, tdir):
    app(tdir, "main.o", "int _ukfoo_h(void); int foo(void);"
        "int main(void){return foo() + _ukfoo_h();}")
    p = run(*LINK, "main.o", check=1)
    assert "main.o: undefined symbol: _ukfoo_h" in p.stderr


def test_group_conflict(run, tdir):
    app(tdir, "main.o", "void *fopen(const char *, const char *);"
        "int nolibc_only(void);"
        "int main(void){return nolibc_only() + !!fopen(0,0);}")
    err(run, "group_conflict.txt", *LINK, "main.o")


def test_group_conflict_with_lib(run, tdir):
    app(tdir, "main.o", "void *fopen(const char *, const char *);"
        "int main(void){return !!fopen(0,0);}")
    err(run, "group_conflict_lib.txt", *LINK, "--lib", "nolibc", "main.o")


def test_unknown_lib(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    err(run, "unknown_lib.txt", *LINK, "--lib", "nolib", "main.o")


def test_duplicate_strong_definition(run, tdir):
    app(tdir, "a.o", "int twice(void){return 1;} int main(void){return 0;}")
    app(tdir, "b.o", "int twice(void){return 2;}")
    err(run, "duplicate.txt", *LINK, "a.o", "b.o")


def test_wrong_architecture(run, tdir):
    src = tdir / "arm.c"
    src.write_text("int main(void){return 0;}\n")
    subprocess.run(["clang-19", "-target", "aarch64-none-elf", "-c", str(src),
                    "-o", str(tdir / "arm.o")], check=True)
    err(run, "wrong_arch.txt", *LINK, "arm.o")


def test_wrong_architecture_bitcode(run, tdir):
    src = tdir / "arm.c"
    src.write_text("int main(void){return 0;}\n")
    subprocess.run(["clang-19", "-target", "aarch64-none-elf", "-flto", "-c",
                    str(src), "-o", str(tdir / "arm.o")], check=True)
    err(run, "wrong_arch_bitcode.txt", *LINK, "arm.o")


def test_not_an_object(run, tdir):
    (tdir / "notes.txt").write_text("hello\n")
    err(run, "not_object.txt", *LINK, "notes.txt")


def test_linked_image_is_not_an_object(run, tdir):
    shutil.copy("/bin/true", tdir / "true")
    err(run, "not_relocatable.txt", *LINK, "true")


def test_missing_input_and_all_errors_reported(run, tdir):
    (tdir / "notes.txt").write_text("hello\n")
    err(run, "missing_input.txt", *LINK, "nope.o", "notes.txt", "gone.o")


def test_truncated_object(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}", native=True)
    data = (tdir / "main.o").read_bytes()
    (tdir / "cut.o").write_bytes(data[:len(data) - 100])
    err(run, "truncated.txt", *LINK, "cut.o")


def test_truncated_and_corrupt_objects_fuzz(run, tdir):
    """Truncated copies and random byte flips: a clean error or success,
    never a crash (the asan build checks memory safety)."""
    app(tdir, "main.o", "int c(void); int main(void){return c();}", native=True)
    data = (tdir / "main.o").read_bytes()
    rnd = random.Random(1)
    cuts = sorted(set([0, 3, 4, 16, 63, 64, 65] +
                      [rnd.randrange(len(data)) for _ in range(12)]))
    for n in cuts:
        (tdir / "f.o").write_bytes(data[:n])
        p = run(*LINK, "f.o")
        assert p.returncode == 1, (n, p.stderr)
        assert p.stderr.startswith("uklink: error: f.o: "), (n, p.stderr)
    for _ in range(40):
        b = bytearray(data)
        for _ in range(4):
            b[rnd.randrange(0, 128)] = rnd.randrange(256)
        (tdir / "f.o").write_bytes(bytes(b))
        p = run(*LINK, "f.o")
        assert p.returncode in (0, 1), p.stderr
        assert p.returncode == 0 or "uklink: error: " in p.stderr


def test_corrupt_archive(run, tdir):
    app(tdir, "m.o", "int helper(void){return 1;}", native=True)
    poolgen.ar(str(tdir / "l.a"), [str(tdir / "m.o")])
    data = (tdir / "l.a").read_bytes()
    for n in range(9, len(data), 37):
        (tdir / "t.a").write_bytes(data[:n])
        p = run(*LINK, "t.a", check=1)
        assert "uklink: error: t.a" in p.stderr
    (tdir / "t.a").write_bytes(data[:70])
    err(run, "truncated_archive.txt", *LINK, "t.a")


def test_corrupt_bitcode(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    data = (tdir / "main.o").read_bytes()
    (tdir / "bad.o").write_bytes(data[:40])
    p = run(*LINK, "bad.o", check=1)
    assert "uklink: error: " in p.stderr and "bad.o" in p.stderr


def test_no_pool(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    err(run, "no_pool.txt", "--pool", "nowhere", "--plat", "kvm", "main.o")


def test_no_pool_env(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    err(run, "no_pool_env.txt", "--plat", "kvm", "main.o",
        env={"UKLINK_POOL": "alsonowhere"})


def test_pool_of_other_llvm(run, tdir):
    poolgen.build_pool(str(tdir / "old"), {}, llvm=18)
    app(tdir, "main.o", "int main(void){return 0;}")
    err(run, "pool_llvm18.txt", "--pool", "old", "--plat", "kvm", "main.o")


def test_index_of_other_llvm(run, tdir):
    tgt = poolgen.build_pool(str(tdir / "odd"), {})
    ix = os.path.join(tgt, "index.tsv")
    text = open(ix).read().replace("llvm\t19\n", "llvm\t18\n")
    open(ix, "w").write(text)
    app(tdir, "main.o", "int main(void){return 0;}")
    err(run, "index_llvm18.txt", "--pool", "odd", "--plat", "kvm", "main.o")


def test_platform_not_in_pool(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    err(run, "plat_missing.txt", "--pool", "pool", "--plat", "solo5", "main.o")


def test_arch_not_in_pool(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    err(run, "arch_missing.txt", "--pool", "pool", "--plat", "kvm",
        "--arch", "arm64", "main.o")


def test_unknown_define(run, tdir):
    app(tdir, "main.o", "int foo(void); int main(void){return foo();}")
    err(run, "define_unknown.txt", *LINK, "-D", "UKFOO_LEVEL=3", "main.o")


def test_define_of_unlinked_library(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    err(run, "define_unlinked.txt", *LINK, "-D", "UKFOO_LVL=3", "main.o")


def test_define_ill_typed(run, tdir):
    app(tdir, "main.o", "int foo(void); int main(void){return foo();}")
    err(run, "define_ill_typed.txt", *LINK, "-D", "UKFOO_LVL=three",
        "-D", "UKFOO_ON=maybe", "-D", "UKFOO_LVL=99999999999999999999",
        "main.o")


def test_ld_failure_leaves_no_output(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    (tdir / "img").write_text("old image\n")
    p = run("--pool", "pool", "--plat", "kvm", "main.o", "-o", "img",
            env={"UKLINK_LD": "false"}, check=1)
    golden("ld_failed.txt", p.stderr)
    assert (tdir / "img").read_text() == "old image\n"
    assert sorted(os.listdir(tdir)) == ["img", "main.o", "pool"]


def test_ld_missing(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    err(run, "ld_missing.txt", "--pool", "pool", "--plat", "kvm", "main.o",
        env={"UKLINK_LD": "no-such-ld.lld"})
