"""Fixtures for the uklink tests.

UKLINK=path selects the binary under test (default: uklink/build/uklink,
built with make if needed); run the suite again with
UKLINK=uklink/build/uklink-asan for the sanitizer build.
UPDATE_GOLDEN=1 rewrites the files under golden/ instead of comparing.
"""
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import poolgen  # noqa: E402

GOLDEN = os.path.join(HERE, "golden")


@pytest.fixture(scope="session")
def uklink():
    path = os.environ.get("UKLINK")
    if path:
        path = os.path.abspath(os.path.join(ROOT, path))
    else:
        subprocess.run(["make", "-s", "-C", os.path.join(ROOT, "uklink")],
                       check=True)
        path = os.path.join(ROOT, "uklink", "build", "uklink")
    assert os.access(path, os.X_OK), f"no uklink binary at {path}"
    return path


class Runner:
    def __init__(self, exe, cwd):
        self.exe = exe
        self.cwd = cwd

    def __call__(self, *args, env=None, check=None):
        e = dict(os.environ)
        for v in ("UKLINK_POOL", "UKLINK_QEMU", "UKLINK_XL", "UK_QEMU_ACCEL"):
            e.pop(v, None)
        e["ASAN_OPTIONS"] = "detect_leaks=0"
        e.update(env or {})
        p = subprocess.run([self.exe, *args], cwd=self.cwd, env=e,
                           capture_output=True, text=True)
        if check is not None:
            assert p.returncode == check, (p.returncode, p.stdout, p.stderr)
        # sanitizer reports must never appear
        assert "runtime error" not in p.stderr, p.stderr
        assert "AddressSanitizer" not in p.stderr, p.stderr
        return p


@pytest.fixture
def run(uklink, tmp_path):
    return Runner(uklink, str(tmp_path))


def golden(name, text):
    """Compare text with golden/NAME (or write it with UPDATE_GOLDEN=1)."""
    path = os.path.join(GOLDEN, name)
    if os.environ.get("UPDATE_GOLDEN"):
        with open(path, "w") as f:
            f.write(text)
        return
    with open(path) as f:
        want = f.read()
    assert text == want, f"output differs from golden/{name}:\n{text}"


# -- the shared synthetic pool --------------------------------------------

LIBS = {
    # transitive chain a -> b -> c, and an unneeded d
    "liba": {"members": {"a": "int b(void); int a(void){return b()+1;}"}},
    "libb": {"members": {"b": "int c(void); int b(void){return c()+1;}"}},
    "libc1": {"members": {"c": "int c(void){return 1;}"}},
    "libd": {"members": {"d": "int d(void){return 4;}"},
             "forced": {"dinit": "__attribute__((used,section(\".uk_inittab\"))) "
                                 "static const int x = 1;"}},
    # a cycle between libraries
    "cyca": {"members": {"x": "int y(int); int x(int n){return n? y(n-1):1;}",
                         "x2": "int x2(void){return 2;}"}},
    "cycb": {"members": {"y": "int x(int); int x2(void); "
                              "int y(int n){return n? x(n-1):x2();}"}},
    # weak definitions and references
    "weakw": {"members": {"w": "int w(void){return 5;}"}},
    "hooks": {"members": {"p": "int hook(void) __attribute__((weak));"
                               "int hook(void){return 3;}"
                               "int pfun(void){return hook();}"}},
    # duplicate providers: rank decides, --lib overrides
    "rlow": {"rank": 10, "members": {"dup": "int dup(void){return 10;}"}},
    "rhigh": {"rank": 20, "members": {"dup": "int dup(void){return 20;}",
                                      "only": "int only2(void){return 2;}"}},
    # a group: at most one libc
    "nolibc": {"group": "libc", "rank": 10,
               "members": {"printf": "int printf(const char *f, ...){return 0;}",
                           "puts": "int puts(const char *s){return 0;}",
                           "tiny": "int nolibc_only(void){return 0;}"}},
    "newlib": {"group": "libc", "rank": 20,
               "members": {"printf": "int printf(const char *f, ...){return 1;}",
                           "puts": "int puts(const char *s){return 1;}",
                           "fopen": "void *fopen(const char *p, const char *m)"
                                    "{return 0;}"}},
    # private symbols
    "ukfoo": {"members": {"foo": "int _ukfoo_h(void); int foo(void)"
                                 "{return _ukfoo_h()+1;}",
                          "h": "int _ukfoo_h(void){return 41;}"},
              "options": [("UKFOO_LVL", "int", "3", "log level"),
                          ("UKFOO_ON", "bool", "n", "enable it"),
                          ("UKFOO_NAME", "str", "foo", "a name")]},
    "peek": {"members": {"q": "int _ukfoo_h(void); int peek(void)"
                              "{return _ukfoo_h();}"}},
    # a library with a fragment and a forced (section-only) member
    "ukinit": {"members": {"i": "int ukinit(void){return 0;}"},
               "forced": {"tab": "__attribute__((used,section(\".uk_inittab\"))) "
                                 "static const int t = 7;"},
               "ldfrag": ".uk_inittab : { __uk_inittab_start = .; "
                         "KEEP(*(.uk_inittab)) __uk_inittab_end = .; } :text\n",
               "ldsyms": ["__uk_inittab_start", "__uk_inittab_end"]},
}


@pytest.fixture(scope="session")
def pool(tmp_path_factory):
    root = str(tmp_path_factory.mktemp("pools") / "pool")
    poolgen.build_pool(root, LIBS)
    # another platform of the same root, for "only in the xen pool" notes
    poolgen.build_pool(root, {"ukxen": {"members": {
        "x": "int xen_only(void){return 0;}"}}}, plat="xen")
    # and one to run images of (uklink run --plat linuxu)
    poolgen.build_pool(root, {}, plat="linuxu", mandatory=(),
                       with_kvm=False)
    return root


@pytest.fixture
def tdir(tmp_path, pool):
    """A test directory with `pool` linked in: messages use relative paths."""
    os.symlink(pool, tmp_path / "pool")
    return tmp_path


def app(tdir, name, src, native=False, extra=()):
    """Compile app source into tdir/NAME (bitcode, or native ELF)."""
    out = os.path.join(str(tdir), name)
    (poolgen.cc_native if native else poolgen.cc)(src, out, extra)
    os.unlink(out + ".c")
    return name


def libs_of(stderr):
    """Library names from the -v lines `uklink: lib NAME (reason: ...)`."""
    return sorted(line.split()[2] for line in stderr.splitlines()
                  if line.startswith("uklink: lib "))
