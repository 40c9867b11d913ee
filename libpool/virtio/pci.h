/* PCI configuration space (mechanism #1, ports 0xcf8/0xcfc) and the two
 * virtio-pci transports. Private to the virtio library: it goes to the
 * platform's ukbus PCI bus when that lands. */
#ifndef _VIRTIO_PCI_H
#define _VIRTIO_PCI_H

#include <stdint.h>
#include <uk/virtio.h>

struct _virtio_pci_fn {
	uint8_t bus, dev, fn;
};

uint32_t _virtio_pci_read32(const struct _virtio_pci_fn *f, unsigned int off);
void _virtio_pci_write32(const struct _virtio_pci_fn *f, unsigned int off,
			 uint32_t v);
uint8_t _virtio_pci_read8(const struct _virtio_pci_fn *f, unsigned int off);
uint16_t _virtio_pci_read16(const struct _virtio_pci_fn *f, unsigned int off);

/* The address BAR @bar decodes (memory or I/O), 0 if none. */
uint64_t _virtio_pci_bar(const struct _virtio_pci_fn *f, unsigned int bar);

/* Set up @d for the modern transport from the function's capabilities:
 * 0, or -ENOENT when it has none (a legacy-only device). */
int _virtio_pci_modern_init(struct virtio_dev *d,
			    const struct _virtio_pci_fn *f);
/* Set up @d for the legacy transport (I/O BAR 0): 0 or -ENOENT. */
int _virtio_pci_legacy_init(struct virtio_dev *d,
			    const struct _virtio_pci_fn *f);

/* Calls @fn for every virtio device of type @id on PCI bus 0. */
int _virtio_pci_scan(uint16_t id, void (*fn)(struct virtio_dev *d, void *arg),
		     void *arg);
/* The same for MMIO devices named on the command line. */
int _virtio_mmio_scan(uint16_t id, void (*fn)(struct virtio_dev *d, void *arg),
		      void *arg);

/* Register access with the compiler kept from merging or reordering. */
#define _VIO_R8(a)	(*(volatile uint8_t *)(uintptr_t)(a))
#define _VIO_R16(a)	(*(volatile uint16_t *)(uintptr_t)(a))
#define _VIO_R32(a)	(*(volatile uint32_t *)(uintptr_t)(a))

#endif
