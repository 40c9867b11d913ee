"""One harness, every platform: each library's feature tests
(libpool/*/tests/test_*.c, and plat/common/tests/test_*.c for the
platform contracts) are tiny unikernels, built like applications
(clang-19 -flto against the pool's headers, then uklink) and booted with
`uklink run` on every platform the pool has. Each must print SUCCESS, no
FAIL line, and exit with the status its header states (0 unless 'expected
exit status is N'), given the arguments its header asks for ('Run with the
arguments: ...'; '{hosttime}' there becomes the host's time in seconds
since the epoch, taken just before the boot). 'Link with the options: ...'
(e.g. --libc newlib) go to both `uklink --cflags` and the link.
'Platforms: kvm linuxu' limits a test to those platforms, for optional
platform contracts: platform names separated by blanks, then optionally a
reason in parentheses, then a full stop or the end of the comment; any
other word (a comma, an unknown platform) is an error, so a typo cannot
silently drop a platform.

A test whose output matters beyond SUCCESS (what kernel messages, hex
dumps, stderr or puts printed) has a file beside it, test_NAME.expect: each
line a regular expression that must match a whole console line (stdout
and stderr), '!' before one that no line may match, '#' a comment."""
import re
import shlex
import time
from pathlib import Path

import pytest

from uktest import ROOT, boot, compile_c, link, pool_target, skip_xen, uklink

UNITS = sorted([*ROOT.glob("libpool/*/tests/test_*.c"),
                *ROOT.glob("plat/common/tests/test_*.c")])
# xen: one Xen-in-QEMU boot per test (12-25 s each); marked `xen`,
# UK_SKIP_XEN=1 skips them (tests/xen/README.md).
PLATS = ["kvm", "linuxu",
         pytest.param("xen", marks=[pytest.mark.xen, skip_xen()])]
PLAT_NAMES = ("kvm", "linuxu", "xen")


DIRECTIVES = ("Run with the arguments:", "Link with the options:",
              "Platforms:")


def directive(src, key):
    """The text after key in the header comment, up to the next directive
    (each runs to the end of the comment otherwise); None without key."""
    head = Path(src).read_text().split("*/", 1)[0]
    head = " ".join(l.strip(" */") for l in head.splitlines())
    if key not in head:
        return None
    text = head.split(key, 1)[1]
    for other in DIRECTIVES:
        text = text.split(other, 1)[0]
    return text


def header_args(src):
    head = Path(src).read_text().split("*/", 1)[0]
    head = " ".join(l.strip(" */") for l in head.splitlines())
    args, status = [], 0
    text = directive(src, "Run with the arguments:")
    if text is not None:
        now = str(int(time.time()))
        args = [a.replace("{hosttime}", now) for a in shlex.split(text)]
    if "expected exit status is" in head:
        status = int(head.split("expected exit status is", 1)[1].split()[0])
    return args, status


def parse_plats(text):
    """'kvm linuxu (why).' -> ['kvm', 'linuxu']; ValueError on anything
    but known platform names before the reason or the full stop."""
    words = text.split()
    plats = []
    while words and not words[0].startswith("(") and words[0] != ".":
        w = words.pop(0)
        end = w.endswith(".")
        w = w.rstrip(".")
        if w not in PLAT_NAMES:
            raise ValueError(f"Platforms: {w!r} is not a platform name "
                             f"(known: {' '.join(PLAT_NAMES)}; separate "
                             f"them with blanks, give the reason in "
                             f"parentheses)")
        if w in plats:
            raise ValueError(f"Platforms: {w} twice")
        plats.append(w)
        if end:
            break
    if not plats:
        raise ValueError(f"Platforms: no platform name in {text.strip()!r}")
    return plats


def header_plats(src):
    text = directive(src, "Platforms:")
    return None if text is None else parse_plats(text)


def expected_lines(src):
    """(must, must_not): the regexes of test_NAME.expect, if there is one."""
    path = Path(src).with_suffix(".expect")
    must, must_not = [], []
    if path.exists():
        for line in path.read_text().splitlines():
            if not line or line.startswith("#"):
                continue
            if line.startswith("!"):
                must_not.append(re.compile(line[1:]))
            else:
                must.append(re.compile(line))
    return must, must_not


def check_expected(src, out):
    must, must_not = expected_lines(src)
    lines = out.splitlines()
    missing = [r.pattern for r in must if not any(r.fullmatch(l) for l in lines)]
    unwanted = [l for l in lines for r in must_not if r.fullmatch(l)]
    return missing, unwanted


def header_link_opts(src):
    text = directive(src, "Link with the options:")
    return [] if text is None else shlex.split(text)


@pytest.mark.parametrize("plat", PLATS)
@pytest.mark.parametrize("src", UNITS, ids=[f"{p.parent.parent.name}/{p.stem}" for p in UNITS])
def test_feature(src, plat, tmp_path):
    plats = header_plats(src)
    if plats is not None and plat not in plats:
        pytest.skip(f"{src.name} runs on {' '.join(plats)} only")
    if not (pool_target(plat=plat) / "index.tsv").exists():
        pytest.fail(f"the pool has no x86_64-{plat} target: run `make pool`")
    opts = header_link_opts(src)
    cflags = uklink("--plat", plat, "--cflags", *opts).out.split()
    assert cflags, f"uklink --cflags {' '.join(opts)} gave nothing"
    obj = compile_c(src, tmp_path / (src.stem + ".o"), cc="clang-19",
                    flags=["-flto", "-O2", *cflags])
    img = link([obj], tmp_path / src.stem, *opts, plat=plat)
    args, status = header_args(src)
    r = boot(img, *args, plat=plat)
    out = r.out + r.err
    assert "SUCCESS" in out, r
    assert not [l for l in out.splitlines() if l.startswith("FAIL")], r
    assert r.rc == status, r
    missing, unwanted = check_expected(src, out)
    assert not missing, f"{src.with_suffix('.expect').name}: no line matches {missing}: {r}"
    assert not unwanted, f"{src.with_suffix('.expect').name}: unwanted lines {unwanted}: {r}"


@pytest.mark.parametrize("text,want", [
    ("kvm linuxu (xen has no tick yet: docs/time.md).", ["kvm", "linuxu"]),
    ("kvm linuxu.", ["kvm", "linuxu"]),
    ("xen", ["xen"]),
    ("linuxu. Because it runs as a process.", ["linuxu"]),
    ("kvm, linuxu", ValueError),
    ("kvm qemu", ValueError),
    ("kvm kvm", ValueError),
    ("(no platform)", ValueError),
    ("", ValueError),
])
def test_platforms_line_is_strict(text, want):
    if want is ValueError:
        with pytest.raises(ValueError):
            parse_plats(text)
    else:
        assert parse_plats(text) == want


@pytest.mark.parametrize("src", UNITS, ids=[f"{p.parent.parent.name}/{p.stem}" for p in UNITS])
def test_feature_header(src):
    """Every directive of every feature test parses (a bad Platforms: line
    fails here once, not as a skip on some platform)."""
    header_plats(src)
    header_link_opts(src)
    header_args(src)
    expected_lines(src)


def test_expect_file_is_checked(tmp_path):
    src = tmp_path / "test_x.c"
    src.write_text("/* x */\n")
    (tmp_path / "test_x.expect").write_text(
        "# comment\nprintk works\n\\[warn\\] app: .*: warning 3\n!not printed.*\n")
    assert check_expected(src, "[warn] app: t.c:1: warning 3\nprintk works\n") == ([], [])
    assert check_expected(src, "printk works\nnot printed by default\n") == \
        (["\\[warn\\] app: .*: warning 3"], ["not printed by default"])
