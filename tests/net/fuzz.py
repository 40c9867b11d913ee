#!/usr/bin/env python3
"""Malformed frames for the unikernel on a tap (docs/net.md, "Tests").

  fuzz.py TAP GUEST_MAC GUEST_IP PEER_IP SECONDS [RATE]

Sends, for SECONDS, about RATE frames a second (2000) to the guest
through an AF_PACKET socket on TAP (the interface the guest holds): random
bytes; Ethernet frames of every type with random payloads; IPv4 headers
with random versions, lengths, options, fragment fields and checksums;
IPv4 packets with valid headers and random TCP, UDP and ICMP segments
(random ports, flags, sequence numbers, data offsets, options); ARP with
random fields; IPv6 with random next headers and extension chains;
frames cut short anywhere. Seeded: a failing run can be repeated.
Prints its count to stderr.
"""
import random
import socket
import struct
import sys
import time


def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


class Gen:
    def __init__(self, rng, dst, src_mac, gip, pip):
        self.r, self.dst, self.src = rng, dst, src_mac
        self.gip, self.pip = gip, pip

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def eth(self, etype, payload):
        dst = self.dst if self.r.random() < 0.8 else b"\xff" * 6
        return dst + self.src + struct.pack("!H", etype) + payload

    def ipv4(self, proto, payload, sane=True):
        r = self.r
        ihl = 5 if sane or r.random() < 0.5 else r.randrange(16)
        opts = b"" if ihl <= 5 else self.bytes((ihl - 5) * 4)
        tot = 20 + len(opts) + len(payload)
        if not sane and r.random() < 0.5:
            tot = r.randrange(65536)
        frag = 0 if sane and r.random() < 0.8 else r.getrandbits(16)
        ver = 4 if sane or r.random() < 0.7 else r.randrange(16)
        src = self.pip if r.random() < 0.7 else self.bytes(4)
        dst = self.gip if r.random() < 0.9 else self.bytes(4)
        h = struct.pack("!BBHHHBBH4s4s", ver << 4 | (ihl & 15), r.getrandbits(8),
                        tot & 0xffff, r.getrandbits(16), frag, r.randrange(1, 256),
                        proto, 0, src, dst) + opts
        c = csum(h) if sane or r.random() < 0.5 else r.getrandbits(16)
        return h[:10] + struct.pack("!H", c) + h[12:] + payload

    def tcp(self):
        r = self.r
        off = 5 if r.random() < 0.6 else r.randrange(16)
        opts = self.bytes(max(0, off - 5) * 4)
        flags = r.getrandbits(9)
        dport = r.choice([7, 80, 7000, 9000, r.getrandbits(16)])
        h = struct.pack("!HHIIHHHH", r.getrandbits(16), dport, r.getrandbits(32),
                        r.getrandbits(32), off << 12 | flags, r.getrandbits(16),
                        r.getrandbits(16), r.getrandbits(16))
        return h + opts + self.bytes(r.randrange(0, 200))

    def frame(self):
        r = self.r
        k = r.randrange(9)
        if k == 0:
            f = self.bytes(r.randrange(1, 1600))
        elif k == 1:
            f = self.eth(r.getrandbits(16), self.bytes(r.randrange(0, 1500)))
        elif k == 2:
            f = self.eth(0x0800, self.ipv4(r.getrandbits(8), self.bytes(r.randrange(200)), False))
        elif k in (3, 4):
            f = self.eth(0x0800, self.ipv4(6, self.tcp()))
        elif k == 5:
            p = struct.pack("!HHHH", r.getrandbits(16), r.getrandbits(16),
                            r.randrange(65536), r.getrandbits(16)) + self.bytes(r.randrange(100))
            f = self.eth(0x0800, self.ipv4(17, p))
        elif k == 6:
            p = struct.pack("!BBH", r.getrandbits(8), r.getrandbits(8), r.getrandbits(16)) \
                + self.bytes(r.randrange(100))
            f = self.eth(0x0800, self.ipv4(1, p))
        elif k == 7:
            p = struct.pack("!HHBBH", r.getrandbits(16), 0x0800 if r.random() < 0.7 else r.getrandbits(16),
                            6, 4, r.getrandbits(16)) + self.bytes(20)
            f = self.eth(0x0806, p)
        else:
            nh = r.choice([0, 6, 17, 43, 44, 58, 60, r.getrandbits(8)])
            pl = self.bytes(r.randrange(0, 300))
            h = struct.pack("!IHBB", 6 << 28 | r.getrandbits(28),
                            len(pl) if r.random() < 0.7 else r.getrandbits(16), nh,
                            r.getrandbits(8)) + self.bytes(16) + self.bytes(16)
            f = self.eth(0x86dd, h + pl)
        if r.random() < 0.1:
            f = f[:r.randrange(1, len(f) + 1)]
        return f[:1514]


def main(argv):
    tap, mac = argv[0], bytes.fromhex(argv[1].replace(":", ""))
    gip, pip = socket.inet_aton(argv[2]), socket.inet_aton(argv[3])
    seconds, rate = float(argv[4]), int(argv[5]) if len(argv) > 5 else 2000
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    s.bind((tap, 0))
    g = Gen(random.Random(42), mac, b"\x02\x00\x00\xfe\xfe\x01", gip, pip)
    n, start = 0, time.monotonic()
    while time.monotonic() - start < seconds:
        try:
            s.send(g.frame())
            n += 1
        except OSError:
            pass
        ahead = n / rate - (time.monotonic() - start)
        if ahead > 0:
            time.sleep(ahead)
    print("fuzz: %d frames in %.0f s" % (n, time.monotonic() - start), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
