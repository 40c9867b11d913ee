/*
 * PCI configuration space (uk/plat/bus.h) through the PCIe host bridge's
 * ECAM window of the device tree (pci-host-ecam-generic; QEMU virt:
 * 0x4010000000, which the MMU maps as Device memory): 4 KiB per
 * function, bus << 20 | device << 15 | function << 12. Without one, every
 * read returns all ones (no device). Nothing assigns BARs on this
 * machine (no firmware): the bus lists what is there.
 */
#include <uk/plat/bus.h>
#include "arm64.h"

static volatile void *cfg(unsigned int bdf, unsigned int off,
			  unsigned int size)
{
	const struct kvm_dev *e = &_kvm_machine.ecam;
	unsigned long a = (unsigned long)bdf << 12 | off;

	if (!e->base || bdf > 0xffff || off > 4095 || a >= e->size ||
	    !(size == 1 || size == 2 || size == 4) || (off & (size - 1)))
		return 0;
	return (volatile void *)(e->base + a);
}

unsigned int ukplat_pci_cfg_read(unsigned int bdf, unsigned int off,
				 unsigned int size)
{
	volatile void *p = cfg(bdf, off, size);

	if (!p)
		return 0xffffffffU;
	if (size == 1)
		return *(volatile uint8_t *)p;
	if (size == 2)
		return *(volatile uint16_t *)p;
	return *(volatile uint32_t *)p;
}

void ukplat_pci_cfg_write(unsigned int bdf, unsigned int off,
			  unsigned int size, unsigned int val)
{
	volatile void *p = cfg(bdf, off, size);

	if (!p)
		return;
	if (size == 1)
		*(volatile uint8_t *)p = (uint8_t)val;
	else if (size == 2)
		*(volatile uint16_t *)p = (uint16_t)val;
	else
		*(volatile uint32_t *)p = val;
}
