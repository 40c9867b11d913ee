#!/usr/bin/env python3
"""fuzzer.py IF MAC MTU [COUNT [SECONDS]]: sends COUNT random Ethernet
frames (default 2000) out of interface IF within SECONDS (default 8):
random sizes from a bare header to the MTU (jumbo frames too), random
contents and EtherTypes, addressed to MAC, to broadcast or to random
stations. The peer side of the driver fuzz
test (tests/test_netdrv.py); runs inside the test's network namespace."""
import random
import socket
import sys
import time


def main():
    ifname, mac = sys.argv[1], bytes.fromhex(sys.argv[2].replace(":", ""))
    mtu = int(sys.argv[3])
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 2000
    seconds = float(sys.argv[5]) if len(sys.argv) > 5 else 8.0
    rng = random.Random(1234)
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    s.bind((ifname, 0))
    end = time.monotonic() + seconds
    sent = 0
    for i in range(count):
        if time.monotonic() > end:
            break
        dst = rng.choice([mac, b"\xff" * 6, rng.randbytes(6)])
        kind = rng.choice([b"\x08\x00", b"\x08\x06", b"\x86\xdd",
                           rng.randbytes(2)])
        size = rng.choice([rng.randint(0, 64), rng.randint(0, mtu),
                           mtu - rng.randint(0, 4)])
        frame = dst + bytes.fromhex("02aabbccddee") + kind + rng.randbytes(size)
        try:
            s.send(frame)
            sent += 1
        except OSError:
            pass
        if i % 50 == 49:
            time.sleep(0.05)
    print(f"fuzzer: sent {sent} frames")


if __name__ == "__main__":
    main()
