#!/usr/bin/env python3
"""The host side of the socket tests (docs/net.md, "Tests").

  peer.py serve ADDR [LIFETIME]
      Serves on ADDR (an address of this host or of the test's network
      namespace) and prints one line "ports ECHO SINK UDP CLOSED SOURCE":
        ECHO    TCP: echoes each connection until its end of file, then
                closes (so a half-closed client reads everything back);
        SINK    TCP: computes the CRC-32 of all it receives until end of
                file and answers "%08x\\n";
        UDP     echoes each datagram;
        CLOSED  a port nobody listens on (connecting is refused);
        SOURCE  TCP: sends 16 MiB (256 blocks of 64 KiB: bytes 0..255
                repeated, the first 4 bytes the block's number, big
                endian) and closes.
      Ends when its standard input closes or after LIFETIME seconds (600).

  peer.py clients ADDR PORT COUNT [PAYLOAD [quit]]
      COUNT sequential connections to ADDR:PORT (each sends PAYLOAD bytes,
      64 by default, half-closes, reads them back, closes), then, with
      "quit", one sending "quit" (sockprog's server stops).
      Prints "clients: N of COUNT echoed". Every wait is bounded (20 s).
"""
import socket
import struct
import sys
import threading
import time
import zlib

WAIT = 60.0


def echo_conn(c):
    with c:
        c.settimeout(WAIT)
        try:
            while True:
                d = c.recv(65536)
                if not d:
                    break
                c.sendall(d)
        except OSError:
            pass


def sink_conn(c):
    h = 0
    with c:
        c.settimeout(WAIT)
        try:
            while True:
                d = c.recv(262144)
                if not d:
                    break
                h = zlib.crc32(d, h)
            c.sendall(b"%08x\n" % h)
        except OSError:
            pass


def source_conn(c):
    base = bytes(range(256)) * 256
    with c:
        c.settimeout(WAIT)
        try:
            for i in range(256):
                c.sendall(struct.pack(">I", i) + base[4:])
        except OSError:
            pass


def accept_loop(srv, handler):
    while True:
        try:
            c, _ = srv.accept()
        except OSError:
            return
        threading.Thread(target=handler, args=(c,), daemon=True).start()


def udp_loop(u):
    while True:
        try:
            d, a = u.recvfrom(65536)
            u.sendto(d, a)
        except OSError:
            return


def listener(addr):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, 0))
    s.listen(256)
    return s


def serve(addr, lifetime):
    echo, sink, source = listener(addr), listener(addr), listener(addr)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind((addr, 0))
    closed = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    closed.bind((addr, 0))
    closed_port = closed.getsockname()[1]
    closed.close()
    for srv, h in ((echo, echo_conn), (sink, sink_conn), (source, source_conn)):
        threading.Thread(target=accept_loop, args=(srv, h), daemon=True).start()
    threading.Thread(target=udp_loop, args=(udp,), daemon=True).start()
    print("ports %d %d %d %d %d" % (echo.getsockname()[1], sink.getsockname()[1],
                                    udp.getsockname()[1], closed_port,
                                    source.getsockname()[1]), flush=True)
    stop = threading.Event()

    def watch_stdin():
        sys.stdin.read()
        stop.set()
    threading.Thread(target=watch_stdin, daemon=True).start()
    stop.wait(lifetime)


def one_client(addr, port, payload):
    with socket.create_connection((addr, port), timeout=WAIT) as c:
        c.sendall(payload)
        c.shutdown(socket.SHUT_WR)
        got = b""
        while len(got) < len(payload):
            d = c.recv(65536)
            if not d:
                break
            got += d
        return got == payload


def clients(addr, port, count, size, quit):
    payload = bytes((i * 7) & 0xff for i in range(size))
    ok = 0
    deadline = time.monotonic() + 60 + count * 2
    for _ in range(count):
        if time.monotonic() > deadline:
            break
        try:
            ok += one_client(addr, port, payload)
        except OSError:
            pass
    if quit:
        try:
            with socket.create_connection((addr, port), timeout=WAIT) as c:
                c.sendall(b"quit")
                c.recv(16)
        except OSError:
            pass
    print("clients: %d of %d echoed" % (ok, count), flush=True)
    return ok == count


def main(argv):
    if len(argv) >= 2 and argv[0] == "serve":
        serve(argv[1], float(argv[2]) if len(argv) > 2 else 600.0)
        return 0
    if len(argv) >= 4 and argv[0] == "clients":
        size = int(argv[4]) if len(argv) > 4 else 64
        quit = len(argv) > 5 and argv[5] == "quit"
        return 0 if clients(argv[1], int(argv[2]), int(argv[3]), size, quit) else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
