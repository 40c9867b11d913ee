"""Interrupts on linuxu (uk/plat/irq.h): descriptor 0 of the image is a
pipe; the test writes one byte per step and reads the image's answer
(tests/linuxu/apps/irq_stdin.c): the handler wakes a waiting thread, does
not run while the line is masked but runs once at unmask, and not at all
once unregistered."""
import os
import select
import subprocess
import time

from lxutil import APPS, build


def readline(p, deadline=20):
    end = time.monotonic() + deadline
    line = b""
    while not line.endswith(b"\n"):
        left = end - time.monotonic()
        assert left > 0, f"no answer; so far {line!r}"
        if select.select([p.stdout], [], [], left)[0]:
            b = os.read(p.stdout.fileno(), 1)
            assert b, f"the image ended; so far {line!r}"
            line += b
    return line.decode().rstrip("\n")


def test_stdin_interrupts(tmp_path):
    img = build(APPS / "irq_stdin.c", tmp_path, pool_headers=True)
    p = subprocess.Popen([str(img)], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert readline(p) == "ready"
        p.stdin.write(b"a")
        p.stdin.flush()
        assert readline(p) == "got a after 1 run"
        assert readline(p) == "masked"
        p.stdin.write(b"b")
        p.stdin.flush()
        assert readline(p) == "while masked 0, got b"
        assert readline(p) == "unmasked 1"
        assert readline(p) == "unregistered"
        p.stdin.write(b"c")
        p.stdin.flush()
        assert readline(p) == "after 0, got c"
        assert p.wait(timeout=20) == 0, p.stderr.read()
    finally:
        p.kill()
        p.wait()
