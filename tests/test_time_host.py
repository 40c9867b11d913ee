"""Host unit tests of the calendar library (libpool/uktimeconv): its
conversions against glibc's gmtime_r/timegm over every day from 1600 to
2500, a million random seconds over +-9500 years, and the known dates
that the feature test also uses (docs/time.md)."""
from uktest import ROOT, run

TC = ROOT / "libpool" / "uktimeconv"


def test_timeconv_against_glibc(tmp_path):
    exe = tmp_path / "timeconv_vs_glibc"
    r = run(["gcc", "-O2", "-Wall", "-Wextra", "-Werror", "-I", str(TC / "include"),
             str(TC / "tests" / "host" / "timeconv_vs_glibc.c"),
             str(TC / "timeconv.c"), "-o", str(exe)])
    assert r.rc == 0, r
    r = run([str(exe)])
    assert r.rc == 0 and ", 0 failed" in r.out, r
    assert int(r.out.split()[0]) > 1500000, r


def test_strftime_against_glibc(tmp_path):
    """nolibc's strftime (libpool/nolibc/src/time/strftime.c) formats every
    conversion it has like glibc's in the C locale with TZ=UTC, for dates
    from 1900 to 2500."""
    nl = ROOT / "libpool" / "nolibc"
    obj, exe = tmp_path / "strftime.o", tmp_path / "strftime_vs_glibc"
    r = run(["gcc", "-O2", "-Wall", "-Werror", "-Dstrftime=uk_strftime", "-c",
             str(nl / "src" / "time" / "strftime.c"), "-o", str(obj)])
    assert r.rc == 0, r
    r = run(["gcc", "-O2", "-Wall", "-Werror",
             str(nl / "tests" / "host" / "strftime_vs_glibc.c"), str(obj),
             "-o", str(exe)])
    assert r.rc == 0, r
    r = run([str(exe)], env={"TZ": "UTC", "LC_ALL": "C", "PATH": "/usr/bin:/bin"})
    assert r.rc == 0 and ", 0 failed" in r.out, r
    assert int(r.out.split()[0]) > 70000, r
