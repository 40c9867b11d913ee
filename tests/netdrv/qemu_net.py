#!/usr/bin/env python3
"""UKLINK_QEMU stand-in for the NIC tests: runs qemu-system-x86_64 with
the command `uklink run --net ...` built, changed for machines uklink
does not run: the -M value replaced by $UKNET_MACHINE (pc, q35), the NIC
model virtio-net-device (virtio-mmio) by $UKNET_DEVICE (e.g.
virtio-net-pci,romfile=), and $UKNET_QEMU_ARGS appended."""
import os
import shlex
import sys

args = sys.argv[1:]
machine = os.environ.get("UKNET_MACHINE")
device = os.environ.get("UKNET_DEVICE")
for i, a in enumerate(args):
    if machine and i and args[i - 1] == "-M":
        args[i] = machine
    if device and a.startswith("virtio-net-device,"):
        args[i] = device + a[len("virtio-net-device"):]
args += shlex.split(os.environ.get("UKNET_QEMU_ARGS", ""))
os.execvp("qemu-system-x86_64", ["qemu-system-x86_64", *args])
