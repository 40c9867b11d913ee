/* Finding virtio devices: PCI bus 0, then the command line's MMIO
 * devices. */
#include <uk/virtio.h>
#include "pci.h"

int virtio_bus_foreach(uint16_t device_id,
		       void (*fn)(struct virtio_dev *d, void *arg), void *arg)
{
	return _virtio_pci_scan(device_id, fn, arg) +
	       _virtio_mmio_scan(device_id, fn, arg);
}
