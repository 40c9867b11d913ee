"""The link cache ($UKLINK_CACHE, uklink/linkcache.c): a relink whose
inputs did not change takes ld.lld's stored result, byte for byte; any
change of an input, an option or the linker script links again."""
import os

from conftest import app

LINK = ["--pool", "pool", "--plat", "kvm"]


def cached(run, tdir, *args):
    env = {"UKLINK_CACHE": str(tdir / "cache")}
    p = run(*LINK, "-v", *args, env=env, check=0)
    notes = [line for line in p.stderr.splitlines() if "link cache:" in line]
    assert len(notes) == 1, p.stderr
    return notes[0].split()[3], p


def test_hit_is_byte_identical(run, tdir):
    app(tdir, "main.o", "int a(void); int foo(void);"
        "int main(void){return a() + foo();}")
    run(*LINK, "main.o", "-o", "plain", check=0)
    what, first = cached(run, tdir, "main.o", "-o", "one")
    assert what == "stored"
    what, second = cached(run, tdir, "main.o", "-o", "two")
    assert what == "hit"
    plain = (tdir / "plain").read_bytes()
    assert (tdir / "one").read_bytes() == plain
    assert (tdir / "two").read_bytes() == plain
    assert os.access(tdir / "two", os.X_OK)
    # ld.lld's messages are replayed: -v says the same apart from the note
    def strip(p):
        return [line for line in p.stderr.splitlines()
                if "link cache:" not in line and "uklink: ld:" not in line]
    assert strip(first) == strip(second)


def test_changes_miss(run, tdir):
    app(tdir, "main.o", "extern const long uk_opt_UKFOO_LVL; int foo(void);"
        "int main(void){return foo() + uk_opt_UKFOO_LVL;}")
    assert cached(run, tdir, "main.o", "-o", "a")[0] == "stored"
    # an option folded at link time
    assert cached(run, tdir, "main.o", "-o", "b", "-D", "UKFOO_LVL=7")[0] == "stored"
    assert (tdir / "a").read_bytes() != (tdir / "b").read_bytes()
    # the same object name, other content
    app(tdir, "main.o", "int foo(void); int main(void){return foo() + 1;}")
    assert cached(run, tdir, "main.o", "-o", "c")[0] == "stored"
    assert (tdir / "a").read_bytes() != (tdir / "c").read_bytes()
    assert cached(run, tdir, "main.o", "-o", "d")[0] == "hit"


def test_failed_links_not_stored(run, tdir):
    app(tdir, "main.o", "int nowhere(void); int main(void){return nowhere();}")
    env = {"UKLINK_CACHE": str(tdir / "cache")}
    for _ in range(2):
        p = run(*LINK, "main.o", "-o", "x", env=env)
        assert p.returncode != 0
        assert "nowhere" in p.stderr
    assert not list((tdir / "cache").glob("*.img"))


def test_bounded(run, tdir):
    env = {"UKLINK_CACHE": str(tdir / "cache"), "UKLINK_CACHE_MAX": "2"}
    for n in range(4):
        app(tdir, "main.o", f"int foo(void); int main(void){{return foo() + {n};}}")
        run(*LINK, "main.o", "-o", f"i{n}", env=env, check=0)
    assert len(list((tdir / "cache").glob("*.img"))) == 2
    assert len(list((tdir / "cache").glob("*.log"))) == 2
