"""A real program nobody here wrote (docs/hostcc.md): primes(6) from
Debian's bsdgames source package (fetched and checked by SHA-256 through
mk/fetch.sh and apps/primes/port.uk), compiled by the host's plain gcc
against glibc's headers, linked by uklink, booted; its output and exit
status must equal those of the same objects linked natively with glibc."""
import subprocess

import pytest

from uktest import ROOT, boot, link, run

BUILD = ROOT / "build"
SRC = BUILD / "src" / "primes"
# Upstream's own definitions (primes/Makefrag), and Debian's default
# hardening flags (dpkg-buildflags) for the second variant.
FLAGS = {
    "plain": ["-D_GNU_SOURCE"],
    "debian": ["-D_GNU_SOURCE", "-O2", "-fstack-protector-strong",
               "-D_FORTIFY_SOURCE=2"],
}
RUNS = [
    ["1", "2000"],                        # the small primes, from the table
    ["4000000", "4010000"],               # sieving with factors < sqrt(stop)
    ["4294960000", "4294967295"],         # up to the table's limit, 2^32-1
    ["x"],                                # errx: not a number, exit 1
    ["9", "3"],                           # errx: start > stop
]
# Not beyond 2^32: upstream's prime table ends at 65537, and for a larger
# stop its sieve reads past the table (undefined behaviour; the native
# build happens to survive it, the linuxu image divides by zero).


@pytest.fixture(scope="module", params=list(FLAGS))
def objs(request, tmp_path_factory):
    if not (BUILD / "src" / "primes.stamp").exists():
        r = run(["sh", "mk/fetch.sh", "apps/primes", str(BUILD)], cwd=ROOT,
                timeout=600)
        assert r.rc == 0, f"fetching bsdgames' primes failed: {r}"
    d = tmp_path_factory.mktemp(request.param)
    out = []
    for name in ("primes", "pattern", "pr_tbl"):
        o = d / f"{name}.o"
        subprocess.run(["gcc", *FLAGS[request.param],
                        "-I", str(ROOT / "apps" / "primes"),
                        "-I", str(SRC / "include"), "-I", str(SRC / "primes"),
                        "-c", str(SRC / "primes" / f"{name}.c"), "-o", str(o)],
                       check=True)
        out.append(o)
    exe = d / "native"
    subprocess.run(["gcc", *map(str, out), "-o", str(exe), "-lm"], check=True)
    return out, exe


def native(exe, args):
    return subprocess.run([str(exe), *args], capture_output=True, text=True)


@pytest.mark.parametrize("plat", ["kvm", "linuxu"])
def test_primes_like_native(objs, plat, tmp_path):
    o, exe = objs
    img = link(o, tmp_path / "primes", "-D", "UKBOOT_ARGV0=primes",
               plat=plat)
    for args in RUNS:
        want = native(exe, args)
        r = boot(img, *args, plat=plat)
        if want.returncode == 0:
            assert r.out == want.stdout and r.rc == 0, (args, r)
            assert want.stdout.count("\n") > 10, want.stdout
        else:
            # err(3) messages: glibc starts them with the program's name
            # ("primes: "), nolibc with the message.
            msg = want.stderr.split(": ", 1)[1]
            assert r.rc == want.returncode and msg in r.out + r.err, (args, r)
