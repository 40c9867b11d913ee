/*
 * PCI configuration space (uk/plat/bus.h) through the x86 legacy
 * mechanism: the address of a dword goes to port 0xcf8 (enable bit, bus,
 * device, function, register), the data comes through 0xcfc-0xcff. QEMU
 * pc and q35 have it; offsets 0-255 only (no extended space).
 */
#include <uk/arch/io.h>
#include <uk/plat/bus.h>

#define CFG_ADDR	0xcf8
#define CFG_DATA	0xcfc
#define CFG_ENABLE	0x80000000U

static int ok(unsigned int bdf, unsigned int off, unsigned int size)
{
	return bdf <= 0xffff && off < 256 &&
	       (size == 1 || size == 2 || size == 4) && !(off & (size - 1));
}

static void select_reg(unsigned int bdf, unsigned int off)
{
	outl(CFG_ADDR, CFG_ENABLE | bdf << 8 | (off & 0xfc));
}

unsigned int ukplat_pci_cfg_read(unsigned int bdf, unsigned int off,
				 unsigned int size)
{
	if (!ok(bdf, off, size))
		return 0xffffffffU;
	select_reg(bdf, off);
	if (size == 1)
		return inb(CFG_DATA + (off & 3));
	if (size == 2)
		return inw(CFG_DATA + (off & 2));
	return inl(CFG_DATA);
}

void ukplat_pci_cfg_write(unsigned int bdf, unsigned int off,
			  unsigned int size, unsigned int val)
{
	if (!ok(bdf, off, size))
		return;
	select_reg(bdf, off);
	if (size == 1)
		outb(CFG_DATA + (off & 3), (unsigned char)val);
	else if (size == 2)
		outw(CFG_DATA + (off & 2), (unsigned short)val);
	else
		outl(CFG_DATA, val);
}
