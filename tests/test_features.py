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
platform contracts (it says why)."""
import shlex
import time
from pathlib import Path

import pytest

from uktest import (ROOT, boot, compile_c, link, pool_target, pool_triple,
                    skip_xen, uklink)

UNITS = sorted([*ROOT.glob("libpool/*/tests/test_*.c"),
                *ROOT.glob("plat/common/tests/test_*.c")])
# Every target: plat alone is x86_64's (the test ids of old), arch-plat
# the others'. xen: one Xen-in-QEMU boot per test (12-25 s each); marked
# `xen`, UK_SKIP_XEN=1 skips them (tests/xen/README.md).
PLATS = ["kvm", "linuxu",
         pytest.param("xen", marks=[pytest.mark.xen, skip_xen()]),
         "arm64-kvm", "arm64-linuxu"]


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


def header_plats(src):
    text = directive(src, "Platforms:")
    return None if text is None else text.split(".")[0].split()


def header_link_opts(src):
    text = directive(src, "Link with the options:")
    return [] if text is None else shlex.split(text)


@pytest.mark.parametrize("target", PLATS)
@pytest.mark.parametrize("src", UNITS, ids=[f"{p.parent.parent.name}/{p.stem}" for p in UNITS])
def test_feature(src, target, tmp_path):
    arch, plat = target.split("-") if "-" in target else ("x86_64", target)
    plats = header_plats(src)
    if plats is not None and plat not in plats:
        pytest.skip(f"{src.name} runs on {' '.join(plats)} only")
    if not (pool_target(arch, plat) / "index.tsv").exists():
        pytest.fail(f"the pool has no {arch}-{plat} target: run `make pool`")
    opts = header_link_opts(src)
    cflags = uklink("--plat", plat, "--arch", arch, "--cflags",
                    *opts).out.split()
    assert cflags, f"uklink --cflags {' '.join(opts)} gave nothing"
    obj = compile_c(src, tmp_path / (src.stem + ".o"), cc="clang-19",
                    flags=["-flto", "-O2", "--target=" + pool_triple(arch, plat),
                           *cflags])
    img = link([obj], tmp_path / src.stem, *opts, plat=plat, arch=arch)
    args, status = header_args(src)
    r = boot(img, *args, plat=plat, arch=arch)
    out = r.out + r.err
    assert "SUCCESS" in out, r
    assert not [l for l in out.splitlines() if l.startswith("FAIL")], r
    assert r.rc == status, r
