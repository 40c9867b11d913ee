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
	/* Looked up on the first call; the base is stored last (a racing
	 * caller looks too). */
	static struct kvm_dev ecam = { ~0UL, 0, 0 };
	const struct kvm_dev *e = &ecam;
	unsigned long a = (unsigned long)bdf << 12 | off, base, len;

	if (__atomic_load_n(&ecam.base, __ATOMIC_ACQUIRE) == ~0UL) {
		base = _kvm_dtb_base("epci-host-ecam-generic\0", &len);
		ecam.size = len;
		__atomic_store_n(&ecam.base, base, __ATOMIC_RELEASE);
	}
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
