"""apps/helloworld on linuxu: a static Linux executable that prints the
same bytes whether stdout is a pipe, a file or a terminal, takes 0, 1 or
100 arguments, and stays small."""
import os
import pty
import select
import subprocess

import pytest

from lxutil import ROOT, build, run

HELLO = ROOT / "apps" / "helloworld" / "main.c"
STRIPPED_LIMIT = 8 * 1024


@pytest.fixture(scope="module")
def hello(tmp_path_factory):
    return build(HELLO, tmp_path_factory.mktemp("hello"))


@pytest.fixture(scope="module")
def hello_args(tmp_path_factory):
    return build(HELLO, tmp_path_factory.mktemp("hello_args"),
                 link=["-D", "PRINTARGS=y"])


def test_stdout_pipe(hello):
    r = run(hello)
    assert (r.rc, r.out, r.err) == (0, "Hello world!\n", ""), r


def test_stdout_file(hello, tmp_path):
    out = tmp_path / "out.txt"
    with open(out, "wb") as f:
        r = run(hello, stdout=f)
    assert r.rc == 0, r
    assert out.read_bytes() == b"Hello world!\n"


def test_stdout_file_appends(hello, tmp_path):
    """O_APPEND descriptors (>>) work like any other file."""
    out = tmp_path / "out.txt"
    out.write_bytes(b"before\n")
    with open(out, "ab") as f:
        run(hello, stdout=f)
    assert out.read_bytes() == b"before\nHello world!\n"


def test_stdout_tty(hello):
    """On a terminal the line discipline adds the carriage return."""
    master, slave = pty.openpty()
    p = subprocess.Popen([str(hello)], stdout=slave, stderr=slave)
    os.close(slave)
    data = b""
    while True:
        ready, _, _ = select.select([master], [], [], 10)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:		# EIO: the other side is closed
            break
        if not chunk:
            break
        data += chunk
    os.close(master)
    assert p.wait(timeout=10) == 0
    assert data == b"Hello world!\r\n"


def test_stdout_closed_pipe_reader(hello):
    """Writing into a pipe nobody reads ends the process like any Unix
    program (SIGPIPE), without a crash report."""
    r, w = os.pipe()
    os.close(r)
    p = subprocess.run([str(hello)], stdout=w, stderr=subprocess.PIPE)
    os.close(w)
    assert p.returncode == -13 and b"[crash]" not in p.stderr


@pytest.mark.parametrize("nargs", [0, 1, 100])
def test_arguments(hello_args, nargs):
    args = [f"arg{i}" for i in range(nargs)]
    r = run(hello_args, *args, argv0="hello")
    want = "".join(f' "{a}"' for a in ["hello", *args])
    assert r.out == f"Hello world!\nArguments:{want}\n", r
    assert r.rc == 0


def test_arguments_exact(hello_args):
    """Arguments arrive as the process got them: spaces, quotes, empty."""
    args = ["two words", "", 'say "hi"', "it's", "a\tb"]
    r = run(hello_args, *args, argv0="hello")
    want = "".join(f' "{a}"' for a in ["hello", *args])
    assert r.out == f"Hello world!\nArguments:{want}\n", r


def test_stripped_size(hello, tmp_path):
    """<= 8 KiB: printf without the float formatter (the app holds no
    double: NOLIBC_PRINTF_FLOAT's `fp` default), compact symbol table,
    two PT_LOADs (docs/linuxu.md, "The image")."""
    s = tmp_path / "hello.stripped"
    subprocess.run(["llvm-strip-19", "-o", str(s), str(hello)], check=True)
    assert run(s).out == "Hello world!\n"
    size = s.stat().st_size
    assert size <= STRIPPED_LIMIT, f"stripped helloworld is {size} bytes"


def test_static_executable(hello):
    """No interpreter, no dynamic section, non-executable stack."""
    h = subprocess.run(["readelf", "-lW", str(hello)], capture_output=True,
                       text=True, check=True).stdout
    assert "Elf file type is EXEC" in h
    assert "INTERP" not in h and "DYNAMIC" not in h
    stack = [l.split() for l in h.splitlines() if "GNU_STACK" in l]
    assert stack and stack[0][-2] == "RW", h
    # W^X: two PT_LOADs, rw- then r-x; none both writable and executable
    loads = [l.split() for l in h.splitlines() if l.strip().startswith("LOAD")]
    assert ["".join(w[6:-1]) for w in loads] == ["RW", "RE"], h
