/*
 * Platform contract: the machine's buses, for ukbus (uk/bus.h). OPTIONAL
 * (callers check the weak reference). A platform implements it in a
 * forced member of its library: only ukbus calls it, through a weak
 * reference, so images without ukbus carry none of it (LTO drops it).
 *
 *   kvm x86_64  PCI: every function of buses 0-255 through the legacy
 *               configuration mechanism (ports 0xcf8/0xcfc; QEMU pc and
 *               q35; microvm has no PCI unless asked); BARs sized by the
 *               usual write-ones probe, the INTx line from config space
 *               (GSI, level). virtio-mmio: the devices QEMU appends to
 *               the command line as virtio_mmio.device=SIZE@BASE:IRQ
 *               (microvm with acpi=off); kvm removes those words from
 *               the command line before anyone reads it
 *               (ukplat_cmdline). Edge-triggered GSIs.
 *   xen, linuxu none yet (xen's split drivers find their backends in
 *               xenstore, uk/plat/xen.h).
 * (arm64, later: PCIe through ECAM and virtio-mmio from the device tree.)
 */
#ifndef UK_PLAT_BUS_H
#define UK_PLAT_BUS_H

#include <uk/bus.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Calls found(dev, arg) for every device of every bus, in a fixed order
 * (PCI in address order, then virtio-mmio in command-line order); each
 * *dev is the platform's, filled in as uk/bus.h describes (driver and
 * priv NULL), valid for the whole run. Stops early if found() returns
 * non-zero. Returns the number of devices passed to found(), or a
 * negative errno. Called once, at ukbus's init. */
int ukplat_bus_enumerate(int (*found)(struct ukbus_device *dev, void *arg),
			 void *arg) __attribute__((weak));

/* PCI configuration space: the register at byte @off (size 1, 2 or 4,
 * @off a multiple of it) of function @bdf (bus << 8 | device << 3 |
 * function). Read: the value, all ones when there is no such function or
 * register. Write: ignored then. kvm x86_64: offsets 0-255. */
unsigned int ukplat_pci_cfg_read(unsigned int bdf, unsigned int off,
				 unsigned int size) __attribute__((weak));
void ukplat_pci_cfg_write(unsigned int bdf, unsigned int off,
			  unsigned int size, unsigned int val)
	__attribute__((weak));

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_BUS_H */
