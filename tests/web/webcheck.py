#!/usr/bin/env python3
"""The client side of the web tests (tests/web/test_web.py, docs/apps.md):
checks one HTTP server at HOST:PORT, correct requests first, then hostile
input, each followed by correct requests that must still be answered.

  webcheck.py HOST PORT PAGE [PHASE...]

PAGE is a file holding the bytes GET / must return. Phases (default: all
but wait):
  wait      GET / until it answers (the guest is booting), 180 s at most
  basic     GET, HEAD, 404, keep-alive (20 requests on one connection),
            pipelining (3 in one write)
  hostile   truncated requests (the client goes away mid-line, mid-header,
            or stays silent), a 64 KiB header field, a 16 KiB URI, invalid
            and unknown methods, binary garbage: each answered by an error
            status or a close, never a 200, and the server keeps serving
  slow      200 slow clients each holding a connection and sending its
            request a few bytes at a time; meanwhile 20 correct requests,
            all answered
  reuse     a client that reuses its port at once after the server closed
            first (the server's side of the old connection is in TIME_WAIT;
            Linux clients do this when their port range wraps): 5
            requests from one local port, each must connect within 5 s
            and get the page (RFC 1122 4.2.2.13: a SYN past what the old
            connection received reopens the port)
  burst     300 clients connecting at once (past lwIP's 256 PCBs and
            past what accept() takes in one go), each then sending a
            request: every one must be answered, none reset (clients past
            the PCBs wait for their SYN's retransmission)
  flood     a connection flood past the server's limits: 1,500 connections
            opened and dropped as fast as possible (more than lwIP's 256
            PCBs, so TIME_WAIT ones are recycled) with correct requests in
            between, then 700 held at once (more than the 512 connections
            either server takes) for 3 s; correct requests after each
Prints "ok PHASE: ..." or "FAIL PHASE: ..." per phase; exits 0 when all
passed. Every loop is bounded in count, every socket operation in time.
"""
import errno
import socket
import sys
import threading
import time

T = 15.0        # seconds any single socket operation may take


def connect(host, port, timeout=T):
    s = socket.create_connection((host, port), timeout=timeout)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def read_response(s, buf=b"", head=False):
    """One response from s: (status, headers dict, body, rest of buf)."""
    while b"\r\n\r\n" not in buf:
        d = s.recv(65536)
        if not d:
            raise EOFError("connection closed before a response")
        buf += d
    hdr, buf = buf.split(b"\r\n\r\n", 1)
    lines = hdr.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    h = {}
    for l in lines[1:]:
        k, _, v = l.partition(":")
        h[k.strip().lower()] = v.strip()
    n = 0 if head else int(h.get("content-length", "0"))
    while len(buf) < n:
        d = s.recv(65536)
        if not d:
            raise EOFError("connection closed inside a body")
        buf += d
    return status, h, buf[:n], buf[n:]


def request(host, path="/", keep=False):
    """A GET's bytes; the server closes after answering unless @keep."""
    req = f"GET {path} HTTP/1.1\r\nHost: {host}\r\n"
    req += "\r\n" if keep else "Connection: close\r\n\r\n"
    return req.encode()


def get(host, port, path="/", keep=False):
    with connect(host, port) as s:
        s.sendall(request(host, path, keep))
        return read_response(s)


class Check:
    def __init__(self, host, port, page):
        self.host, self.port, self.page = host, port, page
        self.failed = []

    def expect(self, cond, what):
        if not cond:
            self.failed.append(what)

    def good(self, label, n=3):
        """n correct requests on fresh connections, each must be a 200
        with the page."""
        for i in range(n):
            try:
                st, h, body, _ = get(self.host, self.port)
                self.expect(st == 200 and body == self.page,
                            f"{label}: request {i}: status {st}, "
                            f"{len(body)} bytes")
            except (OSError, EOFError, ValueError) as e:
                self.expect(False, f"{label}: request {i}: {e!r}")

    def wait(self):
        stop, last = time.time() + 180, "nothing"
        while time.time() < stop:
            try:
                st, _, body, _ = get(self.host, self.port)
                if st == 200:
                    self.expect(body == self.page, "GET / is not the page")
                    return None
                last = f"status {st}"
            except (OSError, EOFError, ValueError) as e:
                last = repr(e)
            time.sleep(0.5)
        self.expect(False, f"no answer in 180 s: {last}")

    def basic(self):
        st, h, body, _ = get(self.host, self.port)
        self.expect(st == 200 and body == self.page and
                    h.get("content-length") == str(len(self.page)) and
                    h.get("content-type", "").startswith("text/html"),
                    f"GET /: {st} {h} {len(body)} bytes")
        with connect(self.host, self.port) as s:
            s.sendall(f"HEAD / HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
            st, h, body, rest = read_response(s, head=True)
            self.expect(st == 200 and h.get("content-length") ==
                        str(len(self.page)) and not rest,
                        f"HEAD /: {st} {h} {rest[:40]!r}")
        st, _, _, _ = get(self.host, self.port, "/no/such/file")
        self.expect(st == 404, f"GET of a missing file: {st}")
        with connect(self.host, self.port) as s:
            buf, ok = b"", 0
            for i in range(20):
                s.sendall(f"GET / HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
                st, h, body, buf = read_response(s, buf)
                ok += st == 200 and body == self.page
            self.expect(ok == 20, f"keep-alive: {ok} of 20")
        with connect(self.host, self.port) as s:
            one = request(self.host, keep=True)
            s.sendall(one * 2 + request(self.host, "/missing"))
            buf, got = b"", []
            for i in range(3):
                st, h, body, buf = read_response(s, buf)
                got.append(st)
            self.expect(got == [200, 200, 404], f"pipelining: {got}")

    def refused(self, label, data, close_after=True, silent=False):
        """Sends hostile @data; the answer must not be a 200 (an error
        status or a closed connection). silent: the client goes away
        without waiting for anything."""
        try:
            with connect(self.host, self.port) as s:
                if data:
                    s.sendall(data)
                if silent:
                    return
                if close_after:
                    s.shutdown(socket.SHUT_WR)
                s.settimeout(T)
                buf = b""
                while len(buf) < 65536:
                    d = s.recv(65536)
                    if not d:
                        break
                    buf += d
                    if b"\r\n\r\n" in buf:
                        break
                st = buf.split(b" ", 2)[1] if buf.startswith(b"HTTP/") else b"-"
                self.expect(st != b"200", f"{label}: answered {buf[:60]!r}")
        except (ConnectionResetError, BrokenPipeError):
            pass        # a reset is a refusal too
        except OSError as e:
            self.expect(False, f"{label}: {e!r}")

    def hostile(self):
        h = f"Host: {self.host}\r\n"
        self.refused("truncated request line", b"GET / HT", silent=True)
        self.refused("truncated header", f"GET / HTTP/1.1\r\n{h}X-A: b".encode(),
                     silent=True)
        self.refused("request line, then end of input", b"GET / HTTP/1.1\r\n")
        for i in range(5):      # silent connections, closed by the client
            connect(self.host, self.port).close()
        self.good("after truncated requests")
        self.refused("64 KiB header field", ("GET / HTTP/1.1\r\n" + h +
                     "X-Big: " + "a" * 65536 + "\r\n\r\n").encode(),
                     close_after=False)
        self.refused("16 KiB URI", ("GET /" + "u" * 16384 + " HTTP/1.1\r\n" + h +
                     "\r\n").encode(), close_after=False)
        self.refused("invalid method", ("G@T / HTTP/1.1\r\n" + h + "\r\n").encode(),
                     close_after=False)
        self.refused("unknown method", ("BREW / HTTP/1.1\r\n" + h + "\r\n").encode(),
                     close_after=False)
        self.refused("binary garbage", bytes(range(256)) * 8 + b"\r\n\r\n",
                     close_after=False)
        self.refused("bad version", ("GET / HTTP/9.9\r\n" + h + "\r\n").encode(),
                     close_after=False)
        self.good("after hostile input")

    def slow(self):
        socks, stop = [], time.time() + 60
        for i in range(200):
            try:
                socks.append(connect(self.host, self.port))
            except OSError as e:
                self.expect(False, f"slow client {i}: connect: {e!r}")
                break
        req = request(self.host)
        step = 8
        good = threading.Thread(target=self.good, args=("during slow clients", 20))
        good.start()
        # every slow client sends its request 8 bytes per round
        for off in range(0, len(req), step):
            if time.time() > stop:
                break
            for s in socks:
                try:
                    s.sendall(req[off:off + step])
                except OSError:
                    pass
            time.sleep(0.2)
        good.join(T * 20)
        answered = 0
        for s in socks:
            try:
                st, _, body, _ = read_response(s)
                answered += st == 200 and body == self.page
            except (OSError, EOFError, ValueError):
                pass
            s.close()
        # a server may drop some slow clients (its idle limit); most get
        # their answer
        self.expect(answered >= 150, f"slow clients answered: {answered} of 200")
        self.good("after slow clients")

    def reuse(self):
        port = 0
        for i in range(5):
            try:
                s = self.connect_from(port)
            except OSError as e:
                self.expect(False, f"request {i} from port {port}: "
                            f"connect: {e!r}")
                return None
            port = s.getsockname()[1]
            s.settimeout(T)
            s.sendall(request(self.host))
            st, _, body, _ = read_response(s)
            while s.recv(65536):	# the server closes first
                pass
            s.close()
            self.expect(st == 200 and body == self.page,
                        f"request {i} from port {port}: status {st}")
        return None

    def burst(self, n=300):
        socks = []
        for _ in range(n):
            s = socket.socket()
            s.setblocking(False)
            try:
                s.connect((self.host, self.port))
            except BlockingIOError:
                pass
            socks.append(s)
        time.sleep(1)
        ok, errs = 0, {}
        for s in socks:
            s.settimeout(T)	# send waits for the handshake to end
            try:
                s.sendall(request(self.host))
                st, _, body, _ = read_response(s)
                if st == 200 and body == self.page:
                    ok += 1
                else:
                    errs[f"status {st}"] = errs.get(f"status {st}", 0) + 1
            except (OSError, EOFError, ValueError) as e:
                errs[repr(e)] = errs.get(repr(e), 0) + 1
            s.close()
        self.expect(ok == n, f"{ok} of {n} answered; {errs}")
        self.good("after the burst")
        return None

    def connect_from(self, port):
        """A connection from local @port (0: any), within 5 s. Our side
        of the last connection from it may still be closing (LAST_ACK):
        until the server's ACK comes the port is busy, briefly."""
        stop = time.time() + 5
        while True:
            s = socket.socket()
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.settimeout(max(stop - time.time(), 0.1))
            try:
                s.bind(("", port))
                s.connect((self.host, self.port))
                return s
            except OSError as e:
                s.close()
                if (e.errno not in (errno.EADDRINUSE, errno.EADDRNOTAVAIL)
                        or time.time() > stop):
                    raise
            time.sleep(0.05)

    def flood(self):
        done, stop = 0, time.time() + 60
        for i in range(1500):
            if time.time() > stop:
                break
            try:
                s = connect(self.host, self.port, timeout=5)
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                             b"\1\0\0\0\0\0\0\0")  # reset, not FIN
                s.close()
                done += 1
            except OSError:
                pass
            if i % 300 == 299:
                self.good(f"during the flood ({i + 1} connections)", 1)
        self.expect(done >= 1000, f"flood: only {done} of 1500 connected")
        self.good("after the connect flood")
        held = []
        for i in range(700):
            if time.time() > stop:
                break
            try:
                held.append(connect(self.host, self.port, timeout=5))
            except OSError:
                break
        time.sleep(3)
        for s in held:
            s.close()
        time.sleep(1)
        self.good("after 700 held connections")
        return done, len(held)


def main():
    host, port, page = sys.argv[1], int(sys.argv[2]), open(sys.argv[3], "rb").read()
    phases = sys.argv[4:] or ["basic", "hostile", "slow", "reuse", "burst",
                              "flood"]
    bad = 0
    for p in phases:
        c = Check(host, port, page)
        t0 = time.time()
        try:
            extra = getattr(c, p)()
        except (OSError, EOFError, ValueError) as e:
            c.expect(False, f"{e!r}")
            extra = None
        dt = time.time() - t0
        if c.failed:
            bad += 1
            print(f"FAIL {p}: " + "; ".join(c.failed[:5]), flush=True)
        else:
            print(f"ok {p}: {dt:.1f} s" + (f" {extra}" if extra else ""),
                  flush=True)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
