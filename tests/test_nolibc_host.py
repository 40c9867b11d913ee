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
