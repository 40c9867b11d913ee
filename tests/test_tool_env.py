"""uklink's tool overrides (docs/uklink.md, "Environment"): UKLINK_AS is
the assembler of the options module (a -D value other than a library
bool), UKLINK_NM the symbol reader of bitcode inputs; each is run when set,
and a missing one fails the link with its name."""
import os

import pytest

from uktest import ROOT, compile_c, uklink

HELLO = ROOT / "apps" / "helloworld" / "main.c"


def wrapper(tmp_path, name, real):
    """A script that logs its arguments, then runs the real tool."""
    log = tmp_path / f"{name}.log"
    w = tmp_path / name
    w.write_text(f'#!/bin/sh\necho "$@" >>"{log}"\nexec {real} "$@"\n')
    w.chmod(0o755)
    return w, log


@pytest.fixture(scope="module")
def bitcode(tmp_path_factory):
    d = tmp_path_factory.mktemp("toolenv")
    return compile_c(HELLO, d / "main.o", cc="clang-19", flags=["-flto", "-O2"])


def link_env(obj, out, env, *opts):
    return uklink("--plat", "kvm", *opts, obj, "-o", out,
                  env={**os.environ, **env})


def test_uklink_as(tmp_path, bitcode):
    w, log = wrapper(tmp_path, "my-as", "llvm-as-19")
    r = link_env(bitcode, tmp_path / "img", {"UKLINK_AS": str(w)},
                 "-D", "UKDEBUG_LOGLVL=4")
    assert r.rc == 0, r
    assert "options.ll" in log.read_text()
    r = link_env(bitcode, tmp_path / "img2", {"UKLINK_AS": str(tmp_path / "no-as")},
                 "-D", "UKDEBUG_LOGLVL=4")
    assert r.rc != 0 and "no-as" in r.err, r


def test_uklink_nm(tmp_path, bitcode):
    w, log = wrapper(tmp_path, "my-nm", "llvm-nm-19")
    r = link_env(bitcode, tmp_path / "img", {"UKLINK_NM": str(w)})
    assert r.rc == 0, r
    assert str(bitcode) in log.read_text()
    r = link_env(bitcode, tmp_path / "img2", {"UKLINK_NM": str(tmp_path / "no-nm")})
    assert r.rc != 0 and "no-nm" in r.err, r
