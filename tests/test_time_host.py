"""Host unit test of the calendar library (libpool/uktimeconv): its
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
