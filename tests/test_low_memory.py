"""Too little memory says so, and fails (issue 17): a guest given less
memory than its image needs prints how much it needs and exits non-zero,
instead of dying silently or with a misleading message.

- kvm, in the guest (plat/kvm/x86_64/entry.S): before .bss is touched,
  the PVH memory map must hold the image up to the end of its symbol
  table; QEMU microvm and pc, with KiB sizes uklink run's -m cannot give.
- kvm, in `uklink run` (fact `run_memory image`): a -m that cannot hold
  the image's segments is refused with the size it needs (-m 1: the entry
  point itself would be outside RAM). Xen's domain builder places a PV
  image itself (hello boots with memory = 1): no such fact there.
- linuxu: a heap the process cannot map (ulimit -v) stops the image with
  the size it asked for."""
import re
import resource
import struct

import pytest

from uktest import ROOT, compile_c, link, qemu_cmd, run, uklink

APP = ROOT / "apps" / "helloworld" / "main.c"
MEMSIZE = ROOT / "tests" / "apps" / "memsize.c"


def load_end(path):
    """p_paddr + p_memsz of the highest PT_LOAD (ELF64 little-endian)."""
    d = path.read_bytes()
    phoff, = struct.unpack_from("<Q", d, 32)
    phentsize, phnum = struct.unpack_from("<HH", d, 54)
    end = 0
    for i in range(phnum):
        typ, _f, _o, _v, paddr, _fs, memsz, _a = struct.unpack_from(
            "<IIQQQQQQ", d, phoff + i * phentsize)
        if typ == 1:
            end = max(end, paddr + memsz)
    return end


@pytest.fixture(scope="module")
def hello(tmp_path_factory):
    d = tmp_path_factory.mktemp("lowmem")
    obj = compile_c(APP, d / "hello.o")
    return {p: link([obj], d / f"hello.{p}", plat=p) for p in ("kvm",)}


@pytest.mark.parametrize("machine", ["microvm,rtc=on,acpi=off", "pc"])
def test_kvm_guest_says_how_much_it_needs(hello, machine):
    img = hello["kvm"]
    r = run(qemu_cmd(img, machine, "1100K"), timeout=120)
    m = re.search(r"\[kvm\] too little memory: the image needs RAM up to "
                  r"(\d+) KiB, RAM ends at (\d+) KiB", r.out)
    assert m, r
    need, have = int(m.group(1)), int(m.group(2))
    # what it needs is where its last segment (the symbol table) ends
    assert need == -(-load_end(img) // 1024), r
    assert have < need, r
    assert r.rc == 2 * 127 + 1, r      # isa-debug-exit: the crash status
    assert "Hello world!" not in r.out, r


def test_kvm_guest_boots_with_enough(hello):
    r = run(qemu_cmd(hello["kvm"], "microvm,rtc=on,acpi=off", "2M"),
            timeout=120)
    assert "Hello world!" in r.out and "too little memory" not in r.out, r


@pytest.mark.parametrize("plat,small", [("kvm", 1)])
def test_uklink_run_refuses_too_little(hello, plat, small):
    img = hello[plat]
    end = load_end(img)
    r = uklink("run", "--plat", plat, "-m", small, img, timeout=60)
    assert r.rc == 1, r
    want = -(-end // (1 << 20))
    assert want > small
    assert (f"too little memory: the image needs {-(-end // 1024)} KiB "
            f"from address 0") in r.err, r
    assert f"run it with -m {want} or more" in r.err, r
    # nothing was started: no console output at all
    assert r.out == "", r


def test_linuxu_heap_that_cannot_be_mapped(tmp_path):
    cflags = uklink("--plat", "linuxu", "--cflags").out.split()
    obj = compile_c(MEMSIZE, tmp_path / "m.o", cc="clang-19",
                    flags=["-O2", *cflags])
    img = link([obj], tmp_path / "m", plat="linuxu")
    limit = 40 << 20      # address space: less than the 64 MiB heap

    def small():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    r = run([img], timeout=60, preexec_fn=small)
    assert r.rc == 127, r
    assert ("[linuxu] too little memory: cannot map the heap of 64 MiB:"
            ) in r.out + r.err, r
    assert "availmem" not in r.out, r
    # the same limit with a heap that fits
    r = run([img, "--uk-heap=8"], timeout=60, preexec_fn=small)
    assert r.rc == 0 and re.search(r"^availmem \d+$", r.out, re.M), r
