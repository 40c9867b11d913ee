/* A virtio device from what ukbus found: its type, transport, interrupt
 * line (or MSI-X lines, which the modern PCI transport sets up). PCI
 * (vendor 0x1af4): devices 0x1000-0x103f are transitional (legacy and
 * modern; the type in the subsystem ID), 0x1040 + type are modern only.
 * MMIO: the type is the device ID. */
#include <errno.h>
#include <string.h>
#include <uk/print.h>
#include "transport.h"

int virtio_dev_init(struct virtio_dev *d, struct ukbus_device *bd)
{
	int rc;

	memset(d, 0, sizeof(*d));
	d->bus = bd;
	d->irq = bd->irq == UKBUS_NO_IRQ ? -1 : (int)bd->irq;
	d->irq_flags = bd->irq_flags;
	strncpy(d->where, bd->name, sizeof(d->where) - 1);
	if (bd->bus == UKBUS_VIRTIO_MMIO) {
		d->device_id = (uint16_t)bd->device;
		rc = _virtio_mmio_init(d, bd);
	} else if (bd->bus != UKBUS_PCI || bd->vendor != 0x1af4 ||
		   bd->device < 0x1000 || bd->device > 0x107f) {
		return -ENODEV;
	} else {
		d->device_id = (uint16_t)(bd->device >= 0x1040
						  ? bd->device - 0x1040
						  : bd->subdevice);
		/* Decode its BARs and let it master the bus (DMA to our
		 * rings). */
		ukbus_pci_enable(bd);
		rc = _virtio_pci_modern_init(d, bd);
		if (rc == -ENOENT && _virtio_pci_legacy_init)
			rc = _virtio_pci_legacy_init(d, bd);
		if (rc < 0)
			uk_pr_err("virtio %s: no usable transport\n",
				  d->where);
	}
	if (rc == 0 && d->nqlines)
		uk_pr_info("virtio %s: MSI-X, %u vectors\n", d->where,
			   d->nqlines);
	else if (rc == 0 && d->irq >= 0)
		uk_pr_info("virtio %s: %sline %d\n", d->where,
			   bd->bus == UKBUS_PCI ? "INTx, " : "", d->irq);
	return rc;
}

int virtio_queue_irq_register(struct virtio_dev *d, uint16_t index,
			      ukplat_irq_handler_t handler, void *arg)
{
	if (!virtio_irq_ok(d))
		return -ENOTSUP;
	if (d->nqlines)
		return ukplat_irq_register(
			d->qline[virtio_queue_vector(d, index)],
			UKPLAT_IRQ_EDGE, handler, arg);
	return ukplat_irq_register((unsigned int)d->irq, d->irq_flags,
				   handler, arg);
}
