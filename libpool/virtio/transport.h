/* The virtio library's transports, set up from the device ukbus found
 * (private to the library). */
#ifndef _VIRTIO_TRANSPORT_H
#define _VIRTIO_TRANSPORT_H

#include <stdint.h>
#include <uk/bus.h>
#include <uk/virtio.h>

/* Modern virtio-pci from the function's vendor capabilities: 0, or
 * -ENOENT when it has none (a legacy-only device). */
int _virtio_pci_modern_init(struct virtio_dev *d,
			    const struct ukbus_device *bd);
/* Legacy virtio-pci (I/O BAR 0): 0 or -ENOENT. In the architecture's
 * part (x86_64/: port I/O); weak: an architecture without I/O ports has
 * no part, and modern devices only. */
int _virtio_pci_legacy_init(struct virtio_dev *d,
			    const struct ukbus_device *bd)
	__attribute__((weak));
/* virtio-mmio, version 1 or 2 (bd->subdevice): 0 or -ENOTSUP. */
int _virtio_mmio_init(struct virtio_dev *d, const struct ukbus_device *bd);

/* A transport's table, from the functions of the same names in the
 * file that defines it. */
#define _VIRTIO_TRANSPORT(n, l, fixed) {				\
	.name = n, .legacy = l, .fixed_queue_size = fixed,		\
	.features_get = features_get, .features_set = features_set,	\
	.status_get = status_get, .status_set = status_set,		\
	.config_read = config_read, .queue_max = queue_max,		\
	.queue_setup = queue_setup, .notify = notify, .isr_ack = isr_ack }

/* Register access with the compiler kept from merging or reordering. */
#define _VIO_R8(a)	(*(volatile uint8_t *)(uintptr_t)(a))
#define _VIO_R16(a)	(*(volatile uint16_t *)(uintptr_t)(a))
#define _VIO_R32(a)	(*(volatile uint32_t *)(uintptr_t)(a))

#endif
