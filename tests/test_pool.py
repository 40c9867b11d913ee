"""The pool as built by `make pool`: the index is complete and consistent,
every library's real undefined symbols are covered by its declared
dependencies, the build enforces export lists, and it is incremental."""
import shutil
import subprocess
from collections import defaultdict

import pytest

from uktest import POOLROOT, ROOT, pool_target, run

VIRTUAL = {"plat", "arch", "libc"}
# Every target the pool has (x86_64-kvm, -linuxu, -xen, and what other
# architectures add): each index is checked, not only kvm's.
TARGETS = sorted(p.parent.name for p in POOLROOT.glob("v0.1-llvm19/*/index.tsv")) \
    or ["x86_64-kvm"]


def read_index(path):
    idx = {"lib": {}, "def": [], "undef": [], "ldsym": defaultdict(set),
           "member": [], "option": [], "header": {}}
    for line in path.read_text().splitlines():
        f = line.split("\t")
        kind = f[0]
        if kind == "lib":
            idx["lib"][f[1]] = dict(version=f[2], archive=f[3], sha=f[4],
                                    rank=int(f[5]), group=f[6],
                                    deps=[] if f[7] == "-" else f[7].split())
        elif kind in ("def", "undef", "member", "option"):
            idx[kind].append(f[1:])
        elif kind == "ldsym":
            idx["ldsym"][f[1]].add(f[2])
        else:
            idx["header"][kind] = f[1:]
    return idx


@pytest.fixture(scope="module", params=TARGETS)
def index(request):
    p = POOLROOT / "v0.1-llvm19" / request.param / "index.tsv"
    assert p.exists(), "run `make pool` first"
    idx = read_index(p)
    idx["dir"] = p.parent
    return idx


def test_header(index):
    h = index["header"]
    arch, plat = index["dir"].name.split("-", 1)
    assert h["uklink-pool"] == ["1", "0.1"]
    assert h["llvm"] == ["19"]
    assert h["target"][:2] == [arch, plat]
    assert h["target"][2].startswith(arch) or arch == "arm64", h["target"]
    assert "mandatory" in h and h["template"] == [f"ld/{arch}-{plat}.ld"]


def test_foundation_libraries_present(index):
    arch, plat = index["header"]["target"][:2]
    for lib in [arch, plat, "ukboot", "ukdebug", "ukalloc",
                "ukallocbuddy", "ukargparse", "nolibc"]:
        assert lib in index["lib"], lib


def test_archive_hashes(index):
    import hashlib
    base = index["dir"]
    for name, lib in index["lib"].items():
        data = (base / lib["archive"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == lib["sha"], name


def test_undefined_symbols_match_declared_deps(index):
    libs = index["lib"]
    plat = index["header"]["target"][1]
    arch = index["header"]["target"][0]
    exports = defaultdict(set)
    private = defaultdict(set)
    for lib, _mem, sym, vis, *_ in index["def"]:
        (exports if vis == "export" else private)[lib].add(sym)
    groups = defaultdict(set)
    for name, lib in libs.items():
        if lib["group"] != "-":
            groups[lib["group"]].add(name)

    def expand(dep):
        if dep == "plat":
            return {plat}
        if dep == "arch":
            return {arch}
        if dep in groups:
            return groups[dep]
        return {dep}

    # Symbols that the platform's linker script defines are everyone's.
    script_syms = set().union(*index["ldsym"].values()) if index["ldsym"] else set()
    problems = []
    for lib, mem, sym, strength in index["undef"]:
        if sym in private[lib] or sym in exports[lib] or sym in script_syms:
            continue
        if sym == "main":      # the application's
            continue
        providers = set().union(*(expand(d) for d in libs[lib]["deps"])) if libs[lib]["deps"] else set()
        if not any(sym in exports[p] for p in providers):
            where = sorted(p for p in libs if sym in exports[p])
            if strength == "weak" and not where:
                continue
            problems.append(f"{lib}({mem}) needs {sym}: provided by {where or 'nobody'}, "
                            f"declared deps {libs[lib]['deps']}")
    assert not problems, "\n".join(problems)


def test_declared_deps_exist(index):
    libs = index["lib"]
    groups = {l["group"] for l in libs.values()}
    for name, lib in libs.items():
        for d in lib["deps"]:
            assert d in libs or d in VIRTUAL or d in groups, f"{name}: unknown dep {d}"


@pytest.mark.parametrize("target", ["x86_64-kvm", "x86_64-linuxu", "x86_64-xen"])
def test_second_make_pool_does_nothing(target):
    # Both goals the top-level Makefile makes: the architecture's shared
    # objects (ports, platform-independent libraries) and the target's pool.
    for goal in ("shared", "pool"):
        r = run(["make", "-q", "-f", "mk/pool.mk", "TARGET=" + target, goal],
                cwd=ROOT)
        assert r.rc == 0, f"{target} {goal} not up to date after make pool: {r}"


SYNTH = {
    "liba/lib.uk": "name liba\nversion 1.0.0\nsrcs a.c\nexports a_one\n",
    "liba/a.c": "int a_one(void) { return 1; }\nint stray(void) { return 2; }\n",
}


def make_synth(tmp, files):
    for rel, text in files.items():
        p = tmp / "libpool" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    (tmp / "ld").mkdir(exist_ok=True)
    (tmp / "ld" / "x86_64-kvm.ld").write_text("SECTIONS {}\n")
    dirs = sorted({"libpool/" + rel.split("/")[0] for rel in files})
    return run(["make", "-f", str(ROOT / "mk" / "pool.mk"), "LIBDIRS=" + " ".join(dirs),
                "BUILD=out"], cwd=tmp)


def test_build_rejects_unexported_global(tmp_path):
    r = make_synth(tmp_path, SYNTH)
    assert r.rc != 0
    assert "global symbol 'stray' is neither exported nor private" in r.err, r
    assert not list(tmp_path.glob("out/pool/*/*/index.tsv"))


def test_build_accepts_private_helper(tmp_path):
    files = dict(SYNTH)
    files["liba/a.c"] = "int _liba_helper(void) { return 2; }\nint a_one(void) { return _liba_helper(); }\n"
    r = make_synth(tmp_path, files)
    assert r.rc == 0, r
    idx = read_index(next(tmp_path.glob("out/pool/*/*/index.tsv")))
    vis = {sym: v for _l, _m, sym, v, *_ in idx["def"]}
    assert vis == {"a_one": "export", "_liba_helper": "private"}


def test_build_rejects_export_clash(tmp_path):
    files = {
        "liba/lib.uk": "name liba\nsrcs a.c\nexports f\n",
        "liba/a.c": "int f(void) { return 1; }\n",
        "libb/lib.uk": "name libb\nsrcs b.c\nexports f\n",
        "libb/b.c": "int f(void) { return 2; }\n",
    }
    r = make_synth(tmp_path, files)
    assert r.rc != 0
    assert "'f' is exported by both liba and libb with rank 50" in r.err, r


def test_build_rejects_missing_export(tmp_path):
    files = {"liba/lib.uk": "name liba\nsrcs a.c\nexports a_one ghost\n",
             "liba/a.c": "int a_one(void) { return 1; }\n"}
    r = make_synth(tmp_path, files)
    assert r.rc != 0
    assert "liba: exports 'ghost' but does not define it" in r.err, r


def test_options_become_weak_defaults(tmp_path):
    files = {"liba/lib.uk": "name liba\nsrcs a.c\nexports a_one\n"
                            "option LIBA_LEVEL int 3 How loud\noption LIBA_NAME str x A name\n",
             "liba/a.c": "extern const long uk_opt_LIBA_LEVEL;\nint a_one(void) { return uk_opt_LIBA_LEVEL; }\n"}
    r = make_synth(tmp_path, files)
    assert r.rc == 0, r
    idx = read_index(next(tmp_path.glob("out/pool/*/*/index.tsv")))
    assert ["liba", "LIBA_LEVEL", "int", "3", "How loud"] in idx["option"]
    defs = {(sym, strength) for _l, _m, sym, _v, strength, _k in idx["def"]}
    assert ("uk_opt_LIBA_LEVEL", "weak") in defs and ("uk_opt_LIBA_NAME", "weak") in defs


def test_bad_option_rejected(tmp_path):
    files = {"liba/lib.uk": "name liba\nsrcs a.c\nexports a_one\noption LEVEL int 3 no prefix\n",
             "liba/a.c": "int a_one(void) { return 1; }\n"}
    r = make_synth(tmp_path, files)
    assert r.rc != 0
    assert "option 'LEVEL' must start with 'LIBA_'" in r.err, r


def test_bool_options_prebuilt_modules(tmp_path):
    """Each bool option gets its two strong definitions prebuilt as
    bitcode (lib/<lib>/opt/NAME.{y,n}.bc, mk/optmods.sh); others none."""
    files = {"liba/lib.uk": "name liba\nsrcs a.c\nexports a_one\n"
                            "option LIBA_FAST bool y Go fast\n"
                            "option LIBA_LEVEL int 3 How loud\n",
             "liba/a.c": "extern const long uk_opt_LIBA_FAST;\n"
                         "int a_one(void) { return uk_opt_LIBA_FAST; }\n"}
    r = make_synth(tmp_path, files)
    assert r.rc == 0, r
    target = next(tmp_path.glob("out/pool/*/*/index.tsv")).parent
    mods = sorted(p.name for p in (target / "lib" / "liba" / "opt").iterdir())
    assert mods == ["LIBA_FAST.n.bc", "LIBA_FAST.y.bc"]
    triple = read_index(target / "index.tsv")["header"]["target"][2]
    for v, n in (("y", 1), ("n", 0)):
        r = run(["llvm-dis-19", "-o", "-",
                 str(target / "lib" / "liba" / "opt" / f"LIBA_FAST.{v}.bc")])
        assert r.rc == 0, r
        assert f"@uk_opt_LIBA_FAST = constant i64 {n}, align 8" in r.out, r
        assert f'target triple = "{triple}"' in r.out, r
