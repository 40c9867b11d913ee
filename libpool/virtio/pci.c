/* PCI configuration access and the scan of bus 0 for virtio functions
 * (vendor 0x1af4: 0x1000-0x103f transitional, the type in the subsystem
 * id; 0x1040 + type modern-only). QEMU's pc and q35 machines put every
 * -device without a bus= there. */
#include <errno.h>
#include <stdio.h>
#include <uk/alloc.h>
#include <uk/arch/io.h>
#include <uk/plat/irq.h>
#include <uk/print.h>
#include "pci.h"

#define CFG_ADDR	0xcf8
#define CFG_DATA	0xcfc
#define PCI_COMMAND	0x04
#define PCI_CMD_IO	0x1
#define PCI_CMD_MEM	0x2
#define PCI_CMD_MASTER	0x4
#define PCI_BAR0	0x10
#define PCI_HEADER	0x0e
#define PCI_SUBSYS_ID	0x2e
#define PCI_INTR_LINE	0x3c

static void cfg_select(const struct _virtio_pci_fn *f, unsigned int off)
{
	outl(CFG_ADDR, 0x80000000u | (uint32_t)f->bus << 16 |
			       (uint32_t)f->dev << 11 | (uint32_t)f->fn << 8 |
			       (off & 0xfc));
}

uint32_t _virtio_pci_read32(const struct _virtio_pci_fn *f, unsigned int off)
{
	cfg_select(f, off);
	return inl(CFG_DATA);
}

void _virtio_pci_write32(const struct _virtio_pci_fn *f, unsigned int off,
			 uint32_t v)
{
	cfg_select(f, off);
	outl(CFG_DATA, v);
}

uint8_t _virtio_pci_read8(const struct _virtio_pci_fn *f, unsigned int off)
{
	return (uint8_t)(_virtio_pci_read32(f, off) >> ((off & 3) * 8));
}

uint16_t _virtio_pci_read16(const struct _virtio_pci_fn *f, unsigned int off)
{
	return (uint16_t)(_virtio_pci_read32(f, off) >> ((off & 2) * 8));
}

uint64_t _virtio_pci_bar(const struct _virtio_pci_fn *f, unsigned int bar)
{
	uint32_t lo = _virtio_pci_read32(f, PCI_BAR0 + 4 * bar);

	if (lo & 1)				/* I/O */
		return lo & ~3u;
	if (((lo >> 1) & 3) == 2 && bar < 5)	/* 64-bit memory */
		return (lo & ~0xfULL) |
		       (uint64_t)_virtio_pci_read32(f, PCI_BAR0 + 4 * bar + 4)
			       << 32;
	return lo & ~0xfu;
}

/* The device type of a virtio function, 0 if it is none. */
static uint16_t virtio_type(const struct _virtio_pci_fn *f, uint32_t id)
{
	uint16_t vendor = (uint16_t)id, device = (uint16_t)(id >> 16);

	if (vendor != 0x1af4 || device < 0x1000 || device > 0x107f)
		return 0;
	if (device >= 0x1040)
		return (uint16_t)(device - 0x1040);
	return _virtio_pci_read16(f, PCI_SUBSYS_ID);
}

static int add(const struct _virtio_pci_fn *f, uint16_t type,
	       void (*fn)(struct virtio_dev *d, void *arg), void *arg)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct virtio_dev *d = a ? uk_calloc(a, 1, sizeof(*d)) : 0;
	uint32_t cmd;

	if (!d)
		return -ENOMEM;
	d->device_id = type;
	d->irq = _virtio_pci_read8(f, PCI_INTR_LINE);
	if (d->irq == 0xff)	/* none routed */
		d->irq = -1;
	d->irq_flags = UKPLAT_IRQ_LEVEL;	/* INTx: level, shared */
	snprintf(d->where, sizeof(d->where), "pci %02x:%02x.%x", f->bus,
		 f->dev, f->fn);
	/* Decode its BARs and let it master the bus (DMA to our rings). */
	cmd = _virtio_pci_read32(f, PCI_COMMAND);
	_virtio_pci_write32(f, PCI_COMMAND, (cmd & 0xffff) | PCI_CMD_IO |
						 PCI_CMD_MEM | PCI_CMD_MASTER);
	if (_virtio_pci_modern_init(d, f) < 0 &&
	    _virtio_pci_legacy_init(d, f) < 0) {
		uk_pr_err("virtio %s: no usable transport\n", d->where);
		uk_free(a, d);
		return -ENOENT;
	}
	fn(d, arg);
	return 0;
}

int _virtio_pci_scan(uint16_t id, void (*fn)(struct virtio_dev *d, void *arg),
		     void *arg)
{
	struct _virtio_pci_fn f = { 0, 0, 0 };
	int found = 0;
	uint32_t v;

	for (f.dev = 0; f.dev < 32; f.dev++) {
		int nfn = 1;

		for (f.fn = 0; f.fn < nfn; f.fn++) {
			v = _virtio_pci_read32(&f, 0);
			if ((v & 0xffff) == 0xffff)
				continue;
			if (f.fn == 0 && (_virtio_pci_read8(&f, PCI_HEADER) & 0x80))
				nfn = 8;	/* multi-function */
			if (virtio_type(&f, v) == id && add(&f, id, fn, arg) == 0)
				found++;
		}
	}
	return found;
}
