/* MSI-X for PCI drivers (uk/bus.h): the function's capability, its
 * vector table in a memory BAR, one platform message-signalled line per
 * entry (uk/plat/irq.h). PCI Local Bus 3.0, 6.8.2. */
#include <errno.h>
#include <uk/bus.h>
#include <uk/plat/irq.h>

#define PCI_CAP_MSIX		0x11
#define MSIX_CTRL		2	/* message control */
#define MSIX_TABLE		4	/* BIR in bits 2:0, offset */
#define MSIX_CTRL_SIZE		0x07ff	/* table entries - 1 */
#define MSIX_CTRL_MASKALL	0x4000
#define MSIX_CTRL_ENABLE	0x8000
/* A table entry: address low, high, data, vector control. */
#define MSIX_ENTRY		16
#define MSIX_ENTRY_MASKED	1

#define R32(a)	(*(volatile unsigned int *)(a))

int ukbus_pci_msix_enable(const struct ukbus_device *dev, unsigned int n,
			  unsigned int *lines)
{
	unsigned int ctrl, tbl, i;
	unsigned long long addr;
	unsigned int data;
	unsigned long base;
	int cap;

	if (!ukplat_irq_msi_alloc)
		return -ENOTSUP;
	cap = ukbus_pci_cap_find(dev, PCI_CAP_MSIX, 0);
	if (cap < 0)
		return -ENOENT;
	ctrl = ukbus_pci_read(dev, (unsigned int)cap + MSIX_CTRL, 2);
	tbl = ukbus_pci_read(dev, (unsigned int)cap + MSIX_TABLE, 4);
	if ((tbl & 7) >= UKBUS_NR_RES ||
	    !(dev->res[tbl & 7].flags & UKBUS_RES_MEM))
		return -ENOTSUP;
	base = dev->res[tbl & 7].base + (tbl & ~7U);
	if (n > (ctrl & MSIX_CTRL_SIZE) + 1)
		n = (ctrl & MSIX_CTRL_SIZE) + 1;
	/* Enabled with every vector masked while the table is written: no
	 * message goes out half programmed, and INTx is off from here. */
	ctrl |= MSIX_CTRL_ENABLE | MSIX_CTRL_MASKALL;
	ukbus_pci_write(dev, (unsigned int)cap + MSIX_CTRL, 2, ctrl);
	for (i = 0; i < n; i++) {
		unsigned long e = base + (unsigned long)i * MSIX_ENTRY;

		if (ukplat_irq_msi_alloc(&lines[i], &addr, &data) < 0)
			break;
		R32(e) = (unsigned int)addr;
		R32(e + 4) = (unsigned int)(addr >> 32);
		R32(e + 8) = data;
		R32(e + 12) = R32(e + 12) & ~MSIX_ENTRY_MASKED;
	}
	if (!i) {	/* no line left: back to INTx */
		ctrl &= ~(MSIX_CTRL_ENABLE | MSIX_CTRL_MASKALL);
		ukbus_pci_write(dev, (unsigned int)cap + MSIX_CTRL, 2, ctrl);
		return -ENOSPC;
	}
	ukbus_pci_write(dev, (unsigned int)cap + MSIX_CTRL, 2,
			ctrl & ~MSIX_CTRL_MASKALL);
	return (int)i;
}
