/* The legacy virtio-pci transport on arm64: not available. Its registers
 * are in an I/O BAR, and on QEMU virt nothing (no firmware) assigns the
 * PCIe I/O window; a device that offers only this transport is refused,
 * loudly. */
#include <errno.h>
#include <uk/print.h>
#include "transport.h"

int _virtio_pci_legacy_init(struct virtio_dev *d,
			    const struct ukbus_device *bd)
{
	(void)bd;
	uk_pr_err("virtio %s: legacy virtio-pci (I/O BAR) is not supported "
		  "on arm64\n", d->where);
	return -ENOTSUP;
}
