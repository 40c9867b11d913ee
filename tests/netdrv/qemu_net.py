#!/usr/bin/env python3
"""UKLINK_QEMU stand-in for the NIC tests, until `uklink run --net`
exists: runs qemu-system-x86_64 with uklink's arguments, the machine
replaced by $UKNET_MACHINE and $UKNET_QEMU_ARGS (the NIC) appended."""
import os
import shlex
import sys

args = sys.argv[1:]
machine = os.environ.get("UKNET_MACHINE")
if machine:
    args = [machine if a.startswith("microvm") else a for a in args]
args += shlex.split(os.environ.get("UKNET_QEMU_ARGS", ""))
os.execvp("qemu-system-x86_64", ["qemu-system-x86_64", *args])
