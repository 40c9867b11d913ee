#!/usr/bin/env python3
"""A lossy, reordering wire between two taps, for the fault tests: this
machine's kernel has no sch_netem, so the faults tc netem would add are
made here (docs/net.md, "Tests").

  relay.py GUEST_TAP PEER_TAP LOSS REORDER SECONDS [both]

GUEST_TAP is the tap the unikernel (or QEMU) holds: the relay sees what
the guest sends with an AF_PACKET socket on it and sends to the guest the
same way. PEER_TAP is a tap the relay creates and holds (/dev/net/tun),
which the test gives the peer's address. Each frame towards the guest
(as tc netem on the guest's tap would do: its egress), and with "both"
each frame the other way too, is dropped with probability LOSS; with
probability REORDER it is held back and sent after the next frame of its
direction (or 20 ms later). Runs for SECONDS, then exits; prints its
counts to stderr.
"""
import fcntl
import os
import random
import select
import signal
import socket
import struct
import sys
import time

TUNSETIFF = 0x400454ca
IFF_TAP, IFF_NO_PI = 0x0002, 0x1000
ETH_P_ALL = 0x0003


def open_tap(name):
    fd = os.open("/dev/net/tun", os.O_RDWR)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TAP | IFF_NO_PI))
    return fd


def main(argv):
    guest_if, peer_if = argv[0], argv[1]
    loss, reorder, seconds = float(argv[2]), float(argv[3]), float(argv[4])
    both = len(argv) > 5 and argv[5] == "both"
    tap = open_tap(peer_if)
    os.system(f"ip link set {peer_if} up")
    pk = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    pk.bind((guest_if, 0))
    rng = random.Random(1)
    held = {0: None, 1: None}   # 0: guest -> peer, 1: peer -> guest
    held_at = {0: 0.0, 1: 0.0}
    counts = {"frames": 0, "dropped": 0, "reordered": 0}

    def out(direction, frame):
        if direction == 0:
            os.write(tap, frame)
        else:
            pk.send(frame)

    def forward(direction, frame):
        counts["frames"] += 1
        if direction == 0 and not both:
            out(direction, frame)
            return
        if rng.random() < loss:
            counts["dropped"] += 1
            return
        if held[direction] is None and rng.random() < reorder:
            held[direction] = frame
            held_at[direction] = time.monotonic()
            counts["reordered"] += 1
            return
        out(direction, frame)
        if held[direction] is not None:
            out(direction, held[direction])
            held[direction] = None

    def stop(*_):
        raise SystemExit
    signal.signal(signal.SIGTERM, stop)
    try:
        relay(pk, tap, forward, out, held, held_at, seconds)
    except SystemExit:
        pass
    print("relay: %(frames)d frames, %(dropped)d dropped, %(reordered)d reordered"
          % counts, file=sys.stderr)
    return 0


def relay(pk, tap, forward, out, held, held_at, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        r, _, _ = select.select([pk, tap], [], [], 0.01)
        for s in r:
            try:
                if s is pk:
                    frame, addr = pk.recvfrom(65536)
                    if addr[2] == socket.PACKET_OUTGOING:
                        continue        # our own sends towards the guest
                    forward(0, frame)
                else:
                    forward(1, os.read(tap, 65536))
            except OSError:
                pass
        now = time.monotonic()
        for d in (0, 1):
            if held[d] is not None and now - held_at[d] > 0.02:
                out(d, held[d])
                held[d] = None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
