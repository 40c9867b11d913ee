"""The bus and driver model on kvm (uk/bus.h, uk/plat/bus.h): one image
(tests/apps/bus.c, linked once) lists what ukbus found and which driver
took each device; booted on the QEMU machines whose buses kvm knows: pc
and q35 (PCI through config space; the ukpcihost driver must claim the
host bridge) and microvm with acpi=off (virtio-mmio devices from the
command line, which must not reach main's argv). A second image
(tests/apps/pci_edu.c) drives QEMU's edu device: PCI BAR, a level INTx
line through the IOAPIC (raise, mask, unmask), DMA both ways with
ukplat_dma_map. `uklink run` boots microvm only, so these boots call QEMU
with the same fixed arguments and another machine. Hello world must carry
none of it."""
import os

import pytest

from uktest import ACCEL, ROOT, compile_c, link, run, uklink

QEMU = os.environ.get("UKLINK_QEMU") or "qemu-system-x86_64"
BASE = ["-accel", ACCEL, "-cpu", "max", "-m", "64", "-nodefaults",
        "-no-user-config", "-nographic", "-serial", "stdio",
        "-monitor", "none", "-display", "none", "-no-reboot",
        "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]


@pytest.fixture(scope="module")
def image(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bus")
    cflags = uklink("--plat", "kvm", "--cflags").out.split()
    obj = compile_c(ROOT / "tests/apps/bus.c", tmp / "bus.o", cc="clang-19",
                    flags=["-flto", "-O2", *cflags])
    return link([obj], tmp / "bus")


def qemu(image, machine, *devices):
    r = run([QEMU, "-M", machine, *BASE, *devices, "-kernel", str(image),
             "-append", "one two"], timeout=120)
    # isa-debug-exit: QEMU exits with 2 * status + 1.
    assert r.rc == 1, r
    # SeaBIOS (pc, q35) ends its last line without a newline.
    return [l.strip("\r").split("..")[-1] for l in r.out.splitlines()], r


def boot(image, machine, *devices):
    lines, r = qemu(image, machine, *devices)
    assert "arg one" in lines and "arg two" in lines, r
    assert not [l for l in lines if l.startswith("arg ")][2:], r
    return lines, r


@pytest.mark.parametrize("machine,bridge,devid", [
    ("pc", "i440FX", "8086:1237"), ("q35", "Q35 MCH", "8086:29c0")])
def test_pci_host_bridge_probed(image, machine, bridge, devid):
    lines, r = boot(image, machine)
    assert f"host bridge {bridge} {devid} at pci 00:00.0" in lines, r
    devs = [l for l in lines if l.startswith("dev pci ")]
    # The bridge is the one device with a driver; the ISA bridge is
    # there too (class 0601), without one.
    assert devs[0].startswith(f"dev pci 00:00.0 {devid} class 060000 ")
    assert devs[0].endswith(" driver pcihost"), r
    assert any(" class 060100 " in l and l.endswith(" driver -")
               for l in devs), r


# Buses behind bridges (plat/kvm/pci.c probes bus 0, the buses its
# bridges lead to, and, with an expander host bridge, every later bus):
# QEMU's edu device (1234:11e8) two bridges deep, behind q35's PCIe root
# port, and behind a pxb expander (its root bus 40, whose number no
# bridge on bus 0 gives, holds the bridge to bus 41).
@pytest.mark.parametrize("machine,devices,where", [
    ("pc", ["-device", "pci-bridge,id=b1,chassis_nr=1,addr=5",
            "-device", "pci-bridge,id=b2,chassis_nr=2,bus=b1,addr=3",
            "-device", "edu,bus=b2,addr=4"], "pci 02:04.0"),
    ("q35", ["-device", "pcie-root-port,id=rp,chassis=1,addr=6",
             "-device", "edu,bus=rp"], "pci 01:00.0"),
    ("pc", ["-device", "pxb,id=x,bus_nr=40",
            "-device", "edu,bus=x,addr=2"], "pci 29:02.0")])
def test_pci_devices_behind_bridges(image, machine, devices, where):
    lines, r = boot(image, machine, *devices)
    edu = [l for l in lines if " 1234:11e8 " in l]
    assert len(edu) == 1 and edu[0].startswith(f"dev {where} "), r
    devs = [l.split()[2] for l in lines if l.startswith("dev pci ")]
    assert devs == sorted(devs), r     # bus order, as before


def test_pci_bars_and_lines(image):
    # A legacy virtio-net function: I/O BAR 0 of 32 bytes, an INTx line.
    lines, r = boot(image, "pc", "-device", "virtio-net-pci,netdev=n0,romfile=",
                    "-netdev", "user,id=n0")
    nic = [l for l in lines if " 1af4:1000 " in l]
    assert len(nic) == 1, r
    f = nic[0].split()
    assert f[5] == "020000" and int(f[7]) > 0, r       # class, irq
    assert f[9].endswith("+20") and f[9] != "0+20", r  # BAR 0


def test_virtio_mmio_from_command_line(image):
    lines, r = boot(image, "microvm,acpi=off,rtc=on",
                    "-device", "virtio-rng-device")
    devs = [l for l in lines if l.startswith("dev ")]
    assert len(devs) == 1, r
    f = devs[0].split()
    # vendor "QEMU", virtio device 4 (entropy), the transport's window
    assert f[1:4] == ["virtio-mmio", "0", "554d4551:0004"], r
    assert int(f[7]) > 0 and f[9].endswith("+200"), r
    assert not any("virtio_mmio" in l for l in lines), r
    assert "host bridge none" in lines, r


@pytest.fixture(scope="module")
def edu_image(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("edu")
    cflags = uklink("--plat", "kvm", "--cflags").out.split()
    obj = compile_c(ROOT / "tests/apps/pci_edu.c", tmp / "edu.o",
                    cc="clang-19", flags=["-flto", "-O2", *cflags])
    return link([obj], tmp / "edu")


@pytest.mark.parametrize("machine", ["pc", "q35"])
def test_pci_driver_interrupts_and_dma(edu_image, machine):
    lines, r = qemu(edu_image, machine, "-device", "edu")
    head = [l for l in lines if l.startswith("edu at pci ")]
    assert head and head[0].endswith(" level") and "+100000," in head[0], r
    assert lines[-4:] == ["irq: raised 0x1, handler saw 0x1",
                          "irq: masked, 0 handler runs",
                          "irq: unmasked, handler saw 0x2",
                          "dma: 256 bytes out and back equal, "
                          "status 0x100"], r


def test_hello_world_has_no_bus(tmp_path):
    obj = compile_c(ROOT / "apps/helloworld/main.c", tmp_path / "main.o")
    link([obj], tmp_path / "hello", "--report=" + str(tmp_path / "r.tsv"))
    report = (tmp_path / "r.tsv").read_text()
    libs = {l.split("\t")[1] for l in report.splitlines()
            if l.startswith("lib\t")}
    assert not libs & {"ukbus", "ukpcihost"}, libs
    syms = {l.split("\t")[1] for l in report.splitlines()
            if l.startswith("sym\t")}
    assert not syms & {"ukplat_bus_enumerate", "_kvm_pci_scan",
                       "_kvm_vmmio_scan", "ukplat_pci_cfg_read"}, syms
