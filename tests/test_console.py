"""The console's truths on every platform (docs/vfs.md, "The console on
each platform"): `uklink run img <file` and a pipe deliver end of file
after the last byte (kvm: framed input; linuxu: the process's fd 0);
stdout and stderr arrive apart (kvm: COM2; xen: APC-framed stderr that
uklink run splits); binary stdout arrives unchanged through a serial
console; isatty tells whether the host's side is a terminal."""
import os
import pty
import subprocess

import pytest

from uktest import ACCEL, ROOT, UKLINK, XEN_BOOT_TIMEOUT, compile_c, link, skip_xen

APP = ROOT / "tests" / "apps" / "console_io.c"
BINARY = bytes(range(256)) + b"\r\n|\r\r|\r|\n"
INPUT = bytes(range(256)) * 40 + b"\xff\x00\xff\xff\x00 end"


def checksum(data):
    s = 0
    for c in data:
        s = (s * 31 + c) & 0xffffffffffffffff
    return s


def expected(isatty, data=None):
    n, s = (len(data), checksum(data)) if data is not None else (0, 0)
    return (b"isatty %d %d %d\n" % isatty + b"read %d bytes, sum %d\n" % (n, s)
            + BINARY)


@pytest.fixture(scope="module")
def obj(tmp_path_factory):
    d = tmp_path_factory.mktemp("console")
    return compile_c(APP, d / "console_io.o", flags=["-O2"])


@pytest.fixture(scope="module", params=["kvm", "linuxu",
                pytest.param("xen", marks=[pytest.mark.xen, skip_xen()])])
def image(request, obj, tmp_path_factory):
    plat = request.param
    d = tmp_path_factory.mktemp(plat)
    return plat, link([obj], d / "console_io", plat=plat)


def run(plat, img, args=(), **kw):
    kw.setdefault("capture_output", True)
    return subprocess.run([UKLINK, "run", "--plat", plat, "--accel", ACCEL,
                           str(img), *args],
                          timeout=XEN_BOOT_TIMEOUT if plat == "xen" else 120,
                          **kw)


def test_stdin_from_a_file_ends(image, tmp_path):
    plat, img = image
    if plat == "xen":
        pytest.skip("uklink run gives xen guests no input")
    f = tmp_path / "in.bin"
    f.write_bytes(INPUT)
    with open(f, "rb") as stdin:
        r = run(plat, img, ["read"], stdin=stdin)
    assert r.returncode == 5, r
    assert r.stdout == expected((0, 0, 0), INPUT), r
    assert r.stderr == b"this goes to stderr\n", r


def test_stdin_from_a_pipe_ends(image):
    plat, img = image
    if plat == "xen":
        pytest.skip("uklink run gives xen guests no input")
    r = run(plat, img, ["read"], input=INPUT)
    assert (r.returncode, r.stdout) == (5, expected((0, 0, 0), INPUT)), r
    assert r.stderr == b"this goes to stderr\n", r


def test_streams_apart_and_binary_clean(image, tmp_path):
    """stdout to a file, stderr to another: each has only its own bytes;
    no input (empty stdin from /dev/null ends at once)."""
    plat, img = image
    out, err = tmp_path / "out", tmp_path / "err"
    with open(out, "wb") as o, open(err, "wb") as e, \
            open(os.devnull, "rb") as i:
        r = subprocess.run([UKLINK, "run", "--plat", plat, "--accel", ACCEL,
                            str(img)], stdin=i, stdout=o, stderr=e,
                           timeout=XEN_BOOT_TIMEOUT if plat == "xen" else 120)
    got_out, got_err = out.read_bytes(), err.read_bytes()
    assert r.returncode == 5, (got_out, got_err)
    if plat == "xen":
        # The harness's path (dom0's tty, Xen's serial line) is not
        # binary-clean: the text parts only.
        assert got_out.startswith(b"isatty 0 0 0\nread 0 bytes, sum 0\n"), got_out
        assert b"this goes to stderr" not in got_out, got_out
        assert b"this goes to stderr\n" in got_err, got_err
        return
    assert got_out == expected((0, 0, 0)), got_out
    assert got_err == b"this goes to stderr\n", got_err


def test_isatty_says_terminal_for_a_terminal(image):
    """stdout on a pseudo-terminal: isatty(1) is 1 (stdin and stderr are
    not terminals here)."""
    plat, img = image
    if plat == "xen":
        pytest.skip("xen says no: the guest cannot tell")
    master, slave = pty.openpty()
    try:
        r = subprocess.run([UKLINK, "run", "--plat", plat, "--accel", ACCEL,
                            str(img)], stdin=subprocess.DEVNULL, stdout=slave,
                           stderr=subprocess.PIPE, timeout=120)
        os.close(slave)
        data = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
    finally:
        os.close(master)
    assert r.returncode == 5, (data, r.stderr)
    assert b"isatty 0 1 0" in data, data
