#!/usr/bin/env python3
"""Sends ICMP echo requests to HOST every 0.2 s, COUNT of them at most
(default 60): the peer side of rawframe's "serve" (no ping(8) needed).
Replies are not awaited: the guest's output says what it answered."""
import socket
import struct
import sys
import time


def checksum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(f"!{len(b) // 2}H", b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def main():
    host = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    for seq in range(1, count + 1):
        body = struct.pack("!BBHHH", 8, 0, 0, 0x4242, seq) + bytes(range(32))
        pkt = body[:2] + struct.pack("!H", checksum(body)) + body[4:]
        try:
            s.sendto(pkt, (host, 0))
        except OSError:
            pass    # no ARP answer yet: the guest is still booting
        time.sleep(0.2)


if __name__ == "__main__":
    main()
