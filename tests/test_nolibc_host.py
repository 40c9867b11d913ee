"""nolibc's pure functions against the host's glibc (unit level, no
boot; printf and the string members: tests/test_host_programs.py): each libpool/nolibc/tests/host/*_vs_glibc.c is linked with nolibc
members built one of two ways, then run, and prints SUCCESS (or its
counts):
- freestanding against nolibc's own headers, `ld -r` into one object whose
  symbols get an nl_ prefix (nl_object), or
- against glibc's headers with nl_ names given by -D (glibc_built), for
  members that call the rest of the C library (glob, getopt)."""
import subprocess

from uktest import ROOT

NOLIBC = ROOT / "libpool" / "nolibc"
HOST = NOLIBC / "tests" / "host"


def sh(*cmd):
    subprocess.run([str(c) for c in cmd], check=True)


def nl_object(tmp_path, members):
    """The members ("dir/name" under src/, or paths) in one object with
    every symbol prefixed by nl_."""
    objs = []
    for m in members:
        src = m if not isinstance(m, str) else NOLIBC / "src" / f"{m}.c"
        objs.append(tmp_path / f"{src.parent.name}_{src.stem}.o")
        sh("gcc", "-O2", "-ffreestanding", "-fno-builtin", "-nostdinc",
           "-isystem", NOLIBC / "include", "-c", src, "-o", objs[-1])
    nl = tmp_path / "nl.o"
    sh("ld", "-r", *objs, "-o", nl)
    sh("objcopy", "--prefix-symbols=nl_", nl)
    return nl


def glibc_built(tmp_path, members, names):
    """The members compiled against glibc's headers, @names renamed nl_*."""
    objs = []
    for m in members:
        objs.append(tmp_path / f"{m.replace('/', '_')}.o")
        sh("gcc", "-O1", "-D_GNU_SOURCE", *[f"-D{n}=nl_{n}" for n in names],
           "-c", NOLIBC / "src" / f"{m}.c", "-o", objs[-1])
    return objs


def run_host(tmp_path, test, objs, *args, libs=()):
    """Links HOST/test.c with @objs, runs it; its stdout."""
    exe = tmp_path / "t"
    sh("gcc", "-O1", HOST / f"{test}.c", *objs, "-o", exe, *libs)
    r = subprocess.run([str(exe), *map(str, args)], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stdout
    return r.stdout


def test_scanf_and_strtod_vs_glibc(tmp_path):
    nl = nl_object(tmp_path, [
        "stdio/sscanf", "stdio/vsscanf", "stdio/vscan", "stdlib/strtod",
        "stdlib/strtol", "ctype/isspace", "ctype/isdigit", "ctype/isxdigit",
        "ctype/isalpha", "ctype/isalnum", "ctype/isupper", "ctype/islower",
        "ctype/tolower", "string/strlen", "string/memcpy", "string/strchr",
        "misc/errno"])
    out = run_host(tmp_path, "scanf_vs_glibc", [nl], libs=["-lm"])
    assert "FAIL" not in out, out


def test_random_vs_glibc(tmp_path):
    """random/srandom/initstate/setstate give glibc's sequences."""
    nl = nl_object(tmp_path, ["stdlib/random", "misc/errno"])
    assert run_host(tmp_path, "random_vs_glibc", [nl]).endswith("SUCCESS\n")


def test_glob_and_fnmatch_vs_glibc(tmp_path):
    """glob and fnmatch give glibc's answers over a tree in tmp_path."""
    objs = glibc_built(tmp_path, ["misc/glob", "misc/fnmatch"],
                       ["glob", "globfree", "fnmatch"])
    tree = tmp_path / "tree"
    tree.mkdir()
    out = run_host(tmp_path, "glob_vs_glibc", objs, tree)
    assert out.endswith("SUCCESS\n"), out


def test_getopt_vs_glibc(tmp_path):
    """getopt, getopt_long and getopt_long_only (GNU permutation, '+',
    '-', ':', optional arguments, abbreviations) answer as glibc's and
    leave argv as glibc does."""
    objs = glibc_built(tmp_path, ["misc/getopt"],
                       ["getopt", "getopt_long", "getopt_long_only",
                        "optarg", "optind", "opterr", "optopt"])
    assert run_host(tmp_path, "getopt_vs_glibc", objs).endswith("SUCCESS\n")


def test_misc_vs_glibc(tmp_path):
    """strsep, memmem, mempcpy/stpncpy, strcasestr, strverscmp, ffs,
    strtof/strtoimax, div, the drand48 family and rand_r (glibc's
    sequences), asctime_r, basename/dirname, qsort_r, lfind/lsearch and
    tsearch."""
    nl = nl_object(tmp_path, [
        "string/strsep", "string/memmem", "string/mempcpy",
        "string/strcasestr", "string/strverscmp", "string/ffs",
        "stdlib/strtof", "stdlib/strtod", "stdlib/strtol", "stdlib/div",
        "stdlib/drand48", "time/asctime", "time/strftime", "misc/libgen",
        "stdlib/qsort_r", "stdlib/lsearch", "stdlib/tsearch",
        "string/strcspn", "string/memchr", "string/memcmp", "string/memcpy",
        "string/memset", "string/strlen", "string/strncasecmp",
        "string/strrchr", "string/strnlen", "ctype/isdigit", "ctype/isspace",
        "ctype/tolower", "ctype/isxdigit", "ctype/isalpha", "ctype/isupper",
        "ctype/islower", "ctype/isalnum", "misc/errno"])
    assert run_host(tmp_path, "misc_vs_glibc", [nl]).endswith("SUCCESS\n")


def test_strerror_vs_glibc(tmp_path):
    """strerror's texts are glibc's, "Unknown error N" included: programs
    print what they print natively."""
    nl = nl_object(tmp_path, ["string/strerror"])
    assert run_host(tmp_path, "strerror_vs_glibc", [nl]).endswith("SUCCESS\n")
