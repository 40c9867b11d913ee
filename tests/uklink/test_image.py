"""Full links with ld.lld-19: the image, its symbol table, options,
reproducibility, and the atomic output."""
import os
import struct
import subprocess

from conftest import app, golden

LINK = ["--pool", "pool", "--plat", "kvm"]


def sections(path):
    """{name: (addr, offset, size)} from llvm-readelf, which must not warn."""
    p = subprocess.run(["llvm-readelf-19", "-S", "-l", "-s", "-W", path],
                       capture_output=True, text=True, check=True)
    assert "warning" not in p.stderr.lower(), p.stderr
    out = {}
    for line in p.stdout.splitlines():
        w = line.replace("[ ", "[").split()
        if len(w) > 6 and w[0].startswith("[") and w[1].startswith("."):
            out[w[1]] = (int(w[3], 16), int(w[4], 16), int(w[5], 16))
    return out, p.stdout


def symtab(path):
    """[(addr, size, name)] from the image's .uk_symtab."""
    d = open(path, "rb").read()
    secs, _ = sections(path)
    addr, off, size = secs[".uk_symtab"]
    magic, count, strsize, total = struct.unpack_from("<4sIII", d, off)
    assert magic == b"UKST" and total == size == 16 + 8 * count + strsize
    names = d[off + 16 + 8 * count:off + total].split(b"\0")
    assert len(names) == count + 1 and names[-1] == b""
    ents = []
    for k in range(count):
        back, s = struct.unpack_from("<II", d, off + 16 + 8 * k)
        ents.append((addr - back, s, names[k].decode()))
    return ents


def elf_syms(path):
    out = subprocess.run(["llvm-nm-19", "-S", path], capture_output=True,
                         text=True, check=True).stdout
    return {l.split()[-1]: int(l.split()[0], 16) for l in out.splitlines()
            if len(l.split()) == 4 and l.split()[2] in "TtDdRrBb"}


def test_image_and_symbol_table(run, tdir):
    app(tdir, "main.o", """
        int a(void);
        const int table[4] = {1, 2, 3, 4};
        __attribute__((noinline, used)) int helper(int i)
        { return table[i & 3]; }
        int main(int n, char **v) { return helper(n + a()); }
    """)
    run(*LINK, "main.o", "-o", "hello", check=0)
    path = str(tdir / "hello")
    assert os.stat(path).st_mode & 0o777 == 0o755
    ents = symtab(path)
    names = [e[2] for e in ents]
    # functions only: the data object `table` is left out
    assert "helper" in names and "_start" in names and "table" not in names
    assert [e[0] for e in ents] == sorted(set(e[0] for e in ents))
    syms = elf_syms(path)
    for a, s, n in ents:
        assert syms[n] == a, n
    # the last PT_LOAD covers exactly the table
    secs, text = sections(path)
    addr, off, size = secs[".uk_symtab"]
    loads = [l.split() for l in text.splitlines() if l.strip().startswith("LOAD")]
    last = max(loads, key=lambda w: int(w[2], 16))
    assert int(last[1], 16) == off and int(last[4], 16) == size


def test_large_symbol_table_moves_the_tail(run, tdir):
    funcs = "\n".join(
        f"__attribute__((noinline,used)) int a_rather_long_function_name_"
        f"number_{i}(int x) {{ return x * {i + 3} + {i}; }}"
        for i in range(300))
    calls = " + ".join(f"a_rather_long_function_name_number_{i}(n)"
                       for i in range(300))
    app(tdir, "main.o", funcs + f"\nint main(int n, char **v) {{ return {calls}; }}")
    run(*LINK, "main.o", "-o", "big", check=0)
    ents = symtab(str(tdir / "big"))
    assert len(ents) >= 300
    # the section table moved but still works: nm reads the symbols
    syms = elf_syms(str(tdir / "big"))
    assert "a_rather_long_function_name_number_299" in syms


def test_native_object_link(run, tdir):
    app(tdir, "main.o", "int a(void); int main(void){return a();}", native=True)
    run(*LINK, "main.o", "-o", "img", check=0)
    assert "main" in [e[2] for e in symtab(str(tdir / "img"))]


def test_reproducible(run, tdir):
    app(tdir, "main.o", "int a(void); int foo(void);"
        "int main(void){return a() + foo();}")
    run(*LINK, "main.o", "-o", "one", "-D", "UKFOO_NAME=x", check=0)
    run(*LINK, "main.o", "-o", "two", "-D", "UKFOO_NAME=x", check=0)
    assert (tdir / "one").read_bytes() == (tdir / "two").read_bytes()


def disasm(path):
    return subprocess.run(["llvm-objdump-19", "-d", path], capture_output=True,
                          text=True, check=True).stdout


def test_weak_definition_overridden_by_app(run, tdir):
    app(tdir, "main.o", "int pfun(void); int hook(void){return 7;}"
        "int main(void){return pfun();}")
    run(*LINK, "main.o", "-o", "img", check=0)
    assert "$0x7, %eax" in disasm(str(tdir / "img"))


def test_cycle_links(run, tdir):
    """A cycle between two libraries links into working code: x(3) in cyca
    calls y(2) in cycb, x(1), y(0), then x2() back in cyca, which returns 2;
    LTO folds the whole chain into the exit status _start passes on."""
    app(tdir, "main.o", "int x(int); int main(int n, char **v){return x(n + 3);}")
    run(*LINK, "main.o", "-o", "img", check=0)
    assert "$0x2, %eax" in disasm(str(tdir / "img"))


def test_options_folded(run, tdir):
    app(tdir, "main.o", """
        extern const long uk_opt_UKFOO_LVL;
        int foo(void);
        int main(void) { return foo() + uk_opt_UKFOO_LVL; }
    """)
    run(*LINK, "main.o", "-o", "dflt", check=0)
    assert "$0x2d, %eax" in disasm(str(tdir / "dflt"))      # 42 + 3
    run(*LINK, "main.o", "-o", "set", "-D", "UKFOO_LVL=0x100", check=0)
    assert "$0x12a, %eax" in disasm(str(tdir / "set"))      # 42 + 256
    run(*LINK, "main.o", "-o", "neg", "-D", "UKFOO_LVL=-42", check=0)
    assert "xorl\t%eax, %eax" in disasm(str(tdir / "neg"))


def test_string_option_escaped(run, tdir):
    app(tdir, "main.o", """
        extern const char uk_opt_UKFOO_NAME[];
        int foo(void);
        const char *volatile name = uk_opt_UKFOO_NAME;
        int main(void) { return foo() + name[0]; }
    """)
    value = 'say "hi"\\ and\nbye \u00e9'
    run(*LINK, "main.o", "-o", "img", "-D", f"UKFOO_NAME={value}",
        "--keep-temps", "kt", check=0)
    assert value.encode() + b"\0" in (tdir / "img").read_bytes()
    ll = (tdir / "kt" / "options.ll").read_text()
    assert '@uk_opt_UKFOO_NAME = constant [21 x i8] c"say \\22hi\\22\\5C and' \
           '\\0Abye \\C3\\A9\\00", align 1' in ll


APP_OPT = """
    const long uk_opt_APP_COUNT __attribute__((weak)) = 5;
    static const char decl[0] __asm__("__uk_optdecl.APP_COUNT.int.5")
        __attribute__((used, section(".uk_optdecl")));
    int foo(void);
    int main(void) { return foo() + uk_opt_APP_COUNT; }
"""


def test_app_declared_option(run, tdir):
    app(tdir, "main.o", APP_OPT)
    run(*LINK, "main.o", "-o", "img", "-D", "APP_COUNT=0x10", check=0)
    assert "$0x3a, %eax" in disasm(str(tdir / "img"))      # 42 + 16


def test_options_listing(run, tdir):
    app(tdir, "main.o", APP_OPT)
    p = run(*LINK, "--options", "-D", "UKFOO_ON=y", "main.o", check=0)
    golden("options.tsv", p.stdout)
    app(tdir, "native.o", APP_OPT, native=True)
    p = run(*LINK, "--options", "native.o", check=0)
    assert "APP_COUNT\tint\t5\t5\tnative.o\t" in p.stdout


def test_options_without_objects(run, tdir):
    p = run(*LINK, "--options", "--lib", "ukfoo", check=0)
    assert p.stdout.splitlines()[0] == "NAME\tTYPE\tVALUE\tDEFAULT\tLIBRARY\tHELP"
    assert "UKFOO_LVL\tint\t3\t3\tukfoo\tlog level" in p.stdout


def test_temporaries_removed(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    os.mkdir(tdir / "tmp")
    run(*LINK, "main.o", "-o", "img", "-D", "UKFOO_LVL=1", "--lib", "ukfoo",
        env={"TMPDIR": str(tdir / "tmp")}, check=0)
    assert os.listdir(tdir / "tmp") == []
    assert sorted(os.listdir(tdir)) == ["img", "main.o", "pool", "tmp"]


def test_keep_temps(run, tdir):
    app(tdir, "main.o", "int ukinit(void); int main(void){return ukinit();}")
    run(*LINK, "main.o", "-o", "img", "--keep-temps", "kt", check=0)
    script = (tdir / "kt" / "link.ld").read_text()
    assert "/* ukinit: ld/ukinit.ld */\n.uk_inittab : {" in script
    assert "@UK_FRAGMENTS@" not in script


REAL_POOL = os.path.join(os.path.dirname(__file__), "..", "..", "build", "pool")
HELLO = os.path.join(os.path.dirname(__file__), "..", "..", "apps",
                     "helloworld", "main.c")


def test_real_pool_helloworld(run, tmp_path):
    """End to end with the in-tree pool (`make pool`), if it is built:
    gcc object -> uklink (pool found next to the binary) -> QEMU TCG."""
    import pytest
    if not os.path.isdir(os.path.join(REAL_POOL, "v0.1-llvm19", "x86_64-kvm")):
        pytest.skip("no in-tree pool: run `make pool`")
    subprocess.run(["gcc", "-c", HELLO, "-o", str(tmp_path / "main.o")],
                   check=True)
    run("--plat", "kvm", "-D", "PRINTARGS=y", "main.o", "-o", "hello",
        check=0)
    p = run("run", "--plat", "kvm", "--timeout", "60", "hello", "a", "b c",
            check=0)
    assert 'Hello world!\nArguments: "unikernel" "a" "b c"\n' in p.stdout
