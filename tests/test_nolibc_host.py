"""nolibc's scanf and strtod against the host's glibc (unit level, no
boot): libpool/nolibc/tests/host/scanf_vs_glibc.c, built as its header
says: the nolibc members compiled freestanding, linked into one object
whose symbols get an nl_ prefix, then linked with the test."""
import subprocess

from uktest import ROOT

NOLIBC = ROOT / "libpool" / "nolibc"
MEMBERS = ["stdio/sscanf", "stdio/vsscanf", "stdio/vscan", "stdlib/strtod", "stdlib/strtol",
           "ctype/isspace", "ctype/isdigit", "ctype/isxdigit",
           "ctype/isalpha", "ctype/isalnum", "ctype/isupper",
           "ctype/islower", "ctype/tolower", "string/strlen",
           "string/memcpy", "string/strchr", "misc/errno"]


def sh(*cmd):
    subprocess.run([str(c) for c in cmd], check=True)


def test_scanf_and_strtod_vs_glibc(tmp_path):
    objs = []
    for m in MEMBERS:
        o = tmp_path / (m.replace("/", "_") + ".o")
        sh("gcc", "-O2", "-ffreestanding", "-fno-builtin", "-nostdinc",
           "-isystem", NOLIBC / "include", "-c", NOLIBC / "src" / f"{m}.c",
           "-o", o)
        objs.append(o)
    nl = tmp_path / "nl.o"
    sh("ld", "-r", *objs, "-o", nl)
    sh("objcopy", "--prefix-symbols=nl_", nl)
    exe = tmp_path / "t"
    sh("gcc", "-O1", NOLIBC / "tests" / "host" / "scanf_vs_glibc.c", nl,
       "-o", exe, "-lm")
    r = subprocess.run([str(exe)], capture_output=True, text=True)
    print(r.stdout)
    assert r.returncode == 0 and "FAIL" not in r.stdout, r.stdout


def test_random_vs_glibc(tmp_path):
    """random/srandom/initstate/setstate give glibc's sequences
    (libpool/nolibc/tests/host/random_vs_glibc.c)."""
    objs = []
    for m in ["stdlib/random", "misc/errno"]:
        objs.append(tmp_path / (m.replace("/", "_") + ".o"))
        sh("gcc", "-O2", "-ffreestanding", "-fno-builtin", "-nostdinc",
           "-isystem", NOLIBC / "include", "-c", NOLIBC / "src" / f"{m}.c",
           "-o", objs[-1])
    o = tmp_path / "nl.o"
    sh("ld", "-r", *objs, "-o", o)
    sh("objcopy", "--prefix-symbols=nl_", o)
    exe = tmp_path / "t"
    sh("gcc", "-O1", NOLIBC / "tests" / "host" / "random_vs_glibc.c", o,
       "-o", exe)
    r = subprocess.run([str(exe)], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.endswith("SUCCESS\n"), r.stdout


def test_glob_and_fnmatch_vs_glibc(tmp_path):
    """glob and fnmatch, built against glibc's headers with an nl_ prefix,
    give glibc's answers over a tree in tmp_path
    (libpool/nolibc/tests/host/glob_vs_glibc.c)."""
    misc = NOLIBC / "src" / "misc"
    objs = []
    for m in ["glob", "fnmatch"]:
        objs.append(tmp_path / f"{m}.o")
        sh("gcc", "-O1", "-D_GNU_SOURCE", "-Dglob=nl_glob",
           "-Dglobfree=nl_globfree", "-Dfnmatch=nl_fnmatch", "-c",
           misc / f"{m}.c", "-o", objs[-1])
    exe = tmp_path / "t"
    sh("gcc", "-O1", NOLIBC / "tests" / "host" / "glob_vs_glibc.c", *objs,
       "-o", exe)
    tree = tmp_path / "tree"
    tree.mkdir()
    r = subprocess.run([str(exe), str(tree)], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.endswith("SUCCESS\n"), r.stdout


def test_string_vs_glibc(tmp_path):
    """The string and ctype members, strto*, qsort and bsearch against
    glibc on random inputs (libpool/nolibc/tests/host/string_vs_glibc.c):
    the word-at-a-time memcpy/memmove/memset/memcmp/memchr/strlen
    included, at every alignment up to 80 bytes."""
    members = [p for p in sorted((NOLIBC / "src" / "string").glob("*.c"))
               if p.stem not in ("strerror", "strerrordesc")]
    members += sorted((NOLIBC / "src" / "ctype").glob("*.c"))
    members += [NOLIBC / "src" / "stdlib" / f"{m}.c"
                for m in ("strtol", "qsort", "bsearch")]
    members.append(NOLIBC / "src" / "misc" / "errno.c")
    objs = []
    for src in members:
        objs.append(tmp_path / f"{src.parent.name}_{src.stem}.o")
        sh("gcc", "-O2", "-ffreestanding", "-fno-builtin", "-nostdinc",
           "-isystem", NOLIBC / "include", "-c", src, "-o", objs[-1])
    nl = tmp_path / "nl.o"
    sh("ld", "-r", *objs, "-o", nl)
    sh("objcopy", "--prefix-symbols=nl_", nl)
    exe = tmp_path / "t"
    sh("gcc", "-O1", NOLIBC / "tests" / "host" / "string_vs_glibc.c", nl,
       "-o", exe)
    r = subprocess.run([str(exe)], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.endswith("0 failed\n"), r.stdout
