"""Resolution: which libraries and members uklink links, and why."""
from conftest import app, libs_of

LINK = ["--pool", "pool", "--plat", "kvm", "-v", "--dry-run"]


def link(run, *args, check=0):
    return run(*LINK, *args, check=check)


def test_transitive_pull(run, tdir):
    app(tdir, "main.o", "int a(void); int main(void){return a();}")
    p = link(run, "main.o")
    assert libs_of(p.stderr) == ["kvm", "liba", "libb", "libc1"]
    assert "uklink: lib liba (reason: a needed by main.o)" in p.stderr
    assert "uklink: lib libb (reason: b needed by libliba.a(a.o))" in p.stderr
    assert "uklink: lib libc1 (reason: c needed by liblibb.a(b.o))" in p.stderr
    assert "uklink: lib kvm (reason: platform of x86_64-kvm)" in p.stderr
    # the command passes exactly the selected archives
    cmd = p.stdout.split()
    archives = [w for w in cmd if w.endswith(".a")]
    assert [a.rsplit("/", 1)[1] for a in archives] == [
        "libkvm.a", "libliba.a", "liblibb.a", "liblibc1.a"]


def test_unneeded_library_not_linked(run, tdir):
    app(tdir, "main.o", "int c(void); int main(void){return c();}")
    p = link(run, "main.o")
    assert libs_of(p.stderr) == ["kvm", "libc1"]
    assert "libliba.a" not in p.stdout and "liblibd.a" not in p.stdout
    # its forced member is not linked either
    assert "dinit.o" not in p.stdout


def test_cycle_between_libraries(run, tdir):
    app(tdir, "main.o", "int x(int); int main(void){return x(3);}")
    p = link(run, "main.o")
    assert libs_of(p.stderr) == ["cyca", "cycb", "kvm"]
    assert "uklink: member libcyca.a(x2.o) (reason: x2 needed by " \
           "libcycb.a(y.o))" in p.stderr


def test_weak_undefined_does_not_pull(run, tdir):
    app(tdir, "main.o", "int w(void) __attribute__((weak));"
        "int main(void){return w ? w() : 0;}")
    p = link(run, "main.o")
    assert libs_of(p.stderr) == ["kvm"]


def test_app_weak_definition_beats_library(run, tdir):
    app(tdir, "main.o", "int dup(void) __attribute__((weak));"
        "int dup(void){return 1;} int main(void){return dup();}")
    p = link(run, "main.o")
    assert libs_of(p.stderr) == ["kvm"]


def test_rank_decides_between_providers(run, tdir):
    app(tdir, "main.o", "int dup(void); int main(void){return dup();}")
    p = link(run, "main.o")
    assert libs_of(p.stderr) == ["kvm", "rlow"]


def test_lib_option_overrides_rank(run, tdir):
    app(tdir, "main.o", "int dup(void); int main(void){return dup();}")
    p = link(run, "--lib", "rhigh", "main.o")
    assert libs_of(p.stderr) == ["kvm", "rhigh"]
    assert "uklink: lib rhigh (reason: --lib)" in p.stderr
    assert "uklink: member librhigh.a(dup.o) (reason: dup needed by " \
           "main.o)" in p.stderr
    # --lib archives come first, so ld.lld takes dup from it too
    cmd = p.stdout
    assert cmd.index("librhigh.a") < cmd.index("libkvm.a")


def test_already_selected_library_wins(run, tdir):
    # only2 forces rhigh; dup then comes from rhigh, not from rlow
    app(tdir, "main.o", "int dup(void); int only2(void);"
        "int main(void){return dup() + only2();}")
    p = link(run, "main.o")
    assert libs_of(p.stderr) == ["kvm", "rhigh"]


def test_group_lowest_rank(run, tdir):
    app(tdir, "main.o", "int printf(const char *, ...);"
        "int main(void){return printf(\"x\");}")
    p = link(run, "main.o")
    assert libs_of(p.stderr) == ["kvm", "nolibc"]


def test_group_reresolves_to_one_library(run, tdir):
    # fopen is only in newlib: the whole group moves to newlib
    app(tdir, "main.o", "int printf(const char *, ...); void *fopen("
        "const char *, const char *); int puts(const char *);"
        "int main(void){puts(\"\"); return printf(\"x\") + !!fopen(0,0);}")
    p = link(run, "main.o")
    assert libs_of(p.stderr) == ["kvm", "newlib"]
    assert "libnolibc.a" not in p.stdout


def test_group_lib_pins_group(run, tdir):
    app(tdir, "main.o", "int printf(const char *, ...);"
        "int main(void){return printf(\"x\");}")
    p = link(run, "--lib", "newlib", "main.o")
    assert libs_of(p.stderr) == ["kvm", "newlib"]


def test_private_symbol_resolves_within_library(run, tdir):
    app(tdir, "main.o", "int foo(void); int main(void){return foo();}")
    p = link(run, "main.o")
    assert "uklink: member libukfoo.a(h.o) (reason: _ukfoo_h needed by " \
           "libukfoo.a(foo.o))" in p.stderr


def test_forced_member_linked_with_its_library(run, tdir):
    app(tdir, "main.o", "int ukinit(void); int main(void){return ukinit();}")
    p = link(run, "main.o")
    assert libs_of(p.stderr) == ["kvm", "ukinit"]
    assert "pool/v0.1-llvm19/x86_64-kvm/lib/ukinit/tab.o" in p.stdout.split()
    assert "uklink: member lib/ukinit/tab.o (reason: forced)" in p.stderr
    # ldsyms of a linked library are defined
    app(tdir, "m2.o", "extern char __uk_inittab_start[]; int ukinit(void);"
        "int main(void){return ukinit() + (long)__uk_inittab_start;}")
    link(run, "m2.o")


def test_lib_forces_library(run, tdir):
    app(tdir, "main.o", "int main(void){return 0;}")
    p = link(run, "--lib", "libd", "main.o")
    assert libs_of(p.stderr) == ["kvm", "libd"]
    assert "lib/libd/dinit.o" in p.stdout


def test_app_archive_member_pulled_only_when_needed(run, tdir):
    import poolgen
    app(tdir, "m1.o", "int helper(void){return 1;}")
    app(tdir, "m2.o", "int nowhere(void); int unused(void){return nowhere();}")
    app(tdir, "m3.o", "int nat(void){return 3;}", native=True)
    poolgen.ar(str(tdir / "libapp.a"), [str(tdir / "m1.o"), str(tdir / "m2.o"),
                                        str(tdir / "m3.o")])
    app(tdir, "main.o", "int helper(void); int nat(void);"
        "int main(void){return helper() + nat();}")
    p = link(run, "main.o", "libapp.a")
    assert "uklink: member libapp.a(m1.o) (reason: helper needed by " \
           "main.o)" in p.stderr
    assert "uklink: member libapp.a(m3.o) (reason: nat needed by " \
           "main.o)" in p.stderr
    assert "m2.o" not in p.stderr


def test_app_archive_beats_pool(run, tdir):
    import poolgen
    app(tdir, "d.o", "int dup(void){return 0;}")
    poolgen.ar(str(tdir / "libmine.a"), [str(tdir / "d.o")])
    app(tdir, "main.o", "int dup(void); int main(void){return dup();}")
    p = link(run, "main.o", "libmine.a")
    assert libs_of(p.stderr) == ["kvm"]


def test_native_elf_app_object(run, tdir):
    app(tdir, "main.o", "int a(void); int main(void){return a();}", native=True)
    p = link(run, "main.o")
    assert libs_of(p.stderr) == ["kvm", "liba", "libb", "libc1"]
