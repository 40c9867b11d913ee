/* PCI configuration helpers for drivers (uk/bus.h), over the platform's
 * configuration-space access (uk/plat/bus.h). */
#include <errno.h>
#include <uk/bus.h>
#include <uk/plat/bus.h>

#define PCI_COMMAND		0x04
#define PCI_STATUS		0x06
#define PCI_CAP_PTR		0x34
#define PCI_STATUS_CAPS		0x10
#define PCI_CMD_IO		0x1
#define PCI_CMD_MEM		0x2
#define PCI_CMD_MASTER		0x4
/* A list longer than this is a loop: config space has 48 dwords of
 * capabilities at most. */
#define MAX_CAPS		48

static int valid(const struct ukbus_device *dev, unsigned int off,
		 unsigned int size)
{
	return dev && dev->bus == UKBUS_PCI && ukplat_pci_cfg_read &&
	       (size == 1 || size == 2 || size == 4) && !(off & (size - 1));
}

unsigned int ukbus_pci_read(const struct ukbus_device *dev, unsigned int off,
			    unsigned int size)
{
	if (!valid(dev, off, size))
		return 0xffffffffU;
	return ukplat_pci_cfg_read(dev->addr, off, size);
}

void ukbus_pci_write(const struct ukbus_device *dev, unsigned int off,
		     unsigned int size, unsigned int val)
{
	if (valid(dev, off, size) && ukplat_pci_cfg_write)
		ukplat_pci_cfg_write(dev->addr, off, size, val);
}

int ukbus_pci_cap_find(const struct ukbus_device *dev, unsigned int cap_id,
		       unsigned int after)
{
	unsigned int off, n;

	if (!(ukbus_pci_read(dev, PCI_STATUS, 2) & PCI_STATUS_CAPS))
		return -ENOENT;
	off = after ? ukbus_pci_read(dev, after + 1, 1)
		    : ukbus_pci_read(dev, PCI_CAP_PTR, 1);
	for (n = 0; n < MAX_CAPS && off >= 0x40 && off < 0x100; n++) {
		off &= ~3U;
		if (ukbus_pci_read(dev, off, 1) == cap_id)
			return (int)off;
		off = ukbus_pci_read(dev, off + 1, 1);
	}
	return -ENOENT;
}

void ukbus_pci_enable(const struct ukbus_device *dev)
{
	unsigned int cmd = ukbus_pci_read(dev, PCI_COMMAND, 2);

	ukbus_pci_write(dev, PCI_COMMAND, 2,
			cmd | PCI_CMD_IO | PCI_CMD_MEM | PCI_CMD_MASTER);
}
