"""Undefined references in code the link removes (docs/uklink.md,
"Resolution"): like the system linker with --gc-sections, uklink links
programs whose only references to undefined symbols sit in sections
ld.lld drops (MicroPython's unix port: readline, mp_type_bytearray,
mp_hal_stdio_mode_raw), and -v says what was dropped; a reference from
kept code is still an error (tests/uklink/test_errors.py)."""
from conftest import app

REAL = ["--pool", "pool", "--plat", "kvm"]
DEAD = ("extern char *readline(const char *); extern int mp_type_bytearray;"
        "int used(void){return 1;}"
        "int dead(void){char *s = readline(\">\");"
        "return s ? mp_type_bytearray : 0;}"
        "int main(void){return used();}")


def dropped(stderr):
    return [l for l in stderr.splitlines() if l.startswith("uklink: dropped")]


def test_native_function_sections(run, tdir):
    """gcc -ffunction-sections: dead() is its own section, which
    --gc-sections removes with its references."""
    app(tdir, "main.o", DEAD, native=True, extra=["-ffunction-sections"])
    p = run(*REAL, "-v", "main.o", "-o", "img", check=0)
    assert dropped(p.stderr) == [
        "uklink: dropped (no library defines it; the link removed every "
        "section that refers to it): readline (referenced by main.o)",
        "uklink: dropped (no library defines it; the link removed every "
        "section that refers to it): mp_type_bytearray (referenced by "
        "main.o)"]
    assert (tdir / "img").exists()
    p = run(*REAL, "main.o", "-o", "img2", "--why", "readline", check=0)
    assert p.stdout == ("readline: not in the image: dropped: referenced by "
                        "main.o only from code the link removed "
                        "(--gc-sections, LTO); no input or library defines "
                        "it\n")


def test_native_one_text_section_is_kept(run, tdir):
    """Without -ffunction-sections dead() shares .text with main: kept."""
    app(tdir, "main.o", DEAD, native=True)
    p = run(*REAL, "main.o", "-o", "img", check=1)
    assert "uklink: error: main.o: undefined symbol: readline" in p.stderr
    assert "readline is referenced by main.o:(dead)" in p.stderr
    assert not (tdir / "img").exists()


def test_bitcode_dead_function(run, tdir):
    """LTO drops dead() (a global nothing calls) before ld.lld looks."""
    app(tdir, "main.o", DEAD)
    p = run(*REAL, "-v", "main.o", "-o", "img", check=0)
    assert len(dropped(p.stderr)) == 2


def test_dry_run_leaves_it_to_ld(run, tdir):
    app(tdir, "main.o", DEAD)
    p = run(*REAL, "-###", "main.o", "-o", "img", check=0)
    assert sorted(p.stderr.splitlines()) == [
        "uklink: left to ld.lld (no library defines it; an error only if a "
        "section the link keeps refers to it): mp_type_bytearray "
        "(referenced by main.o)",
        "uklink: left to ld.lld (no library defines it; an error only if a "
        "section the link keeps refers to it): readline (referenced by "
        "main.o)"]
