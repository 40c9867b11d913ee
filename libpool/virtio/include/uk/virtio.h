/*
 * Virtio devices (virtio 1.2 specification): what a virtio device driver
 * (virtio-net) sees of a device, whatever carries it. Devices come from
 * ukbus (uk/bus.h): a virtio device driver registers a ukbus driver whose
 * probe calls virtio_dev_init(). Transports: PCI,
 * modern (VERSION_1, capabilities in config space) and legacy (I/O BAR
 * 0), and MMIO, modern (version 2) and legacy (version 1). The driver
 * negotiates features, reads its device's configuration, sets up
 * virtqueues (<uk/virtqueue.h>) and sets DRIVER_OK.
 *
 * Functions returning int return 0 or a negative errno.
 */
#ifndef __UK_VIRTIO_H__
#define __UK_VIRTIO_H__

#include <stdint.h>
#include <uk/bus.h>
#include <uk/plat/irq.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Device status bits. */
#define VIRTIO_S_ACKNOWLEDGE	0x01
#define VIRTIO_S_DRIVER		0x02
#define VIRTIO_S_DRIVER_OK	0x04
#define VIRTIO_S_FEATURES_OK	0x08
#define VIRTIO_S_NEEDS_RESET	0x40
#define VIRTIO_S_FAILED		0x80

/* Transport-independent feature bits. */
#define VIRTIO_F_ANY_LAYOUT	27	/* legacy: headers need no own descriptor */
#define VIRTIO_F_RING_EVENT_IDX	29	/* used_event / avail_event */
#define VIRTIO_F_VERSION_1	32	/* modern device (1.0+) */

#define VIRTIO_ID_NET		1

/* Message-signalled lines a device gets at most (MSI-X, modern PCI):
 * queue i interrupts on line i, queues from the last one on share it. */
#define VIRTIO_QUEUE_LINES	2

struct virtio_dev;
struct virtqueue;

/* A transport: how to reach one device's registers. */
struct virtio_transport {
	const char *name;	/* "pci", "pci-legacy", "mmio", "mmio-legacy" */
	/* 1: rings laid out as legacy devices need them (one block, used
	 * ring at a 4096 boundary, given by page frame number). */
	int legacy;
	uint64_t (*features_get)(struct virtio_dev *d);
	void (*features_set)(struct virtio_dev *d, uint64_t f);
	uint8_t (*status_get)(struct virtio_dev *d);
	void (*status_set)(struct virtio_dev *d, uint8_t s);	/* 0: reset */
	/* Device-specific configuration at @off (little-endian, read byte
	 * by byte for legacy, by the natural width for modern). */
	void (*config_read)(struct virtio_dev *d, unsigned int off, void *buf,
			    unsigned int len);
	/* Largest size of queue @index, 0 when it does not exist. */
	uint16_t (*queue_max)(struct virtio_dev *d, uint16_t index);
	/* Gives the device queue @vq's rings (size already chosen, within
	 * what a legacy transport allows: see virtqueue_create). */
	int (*queue_setup)(struct virtio_dev *d, struct virtqueue *vq);
	/* Tells the device queue @vq has new buffers. */
	void (*notify)(struct virtio_dev *d, struct virtqueue *vq);
	/* Reads and acknowledges the interrupt status (bit 0: a queue,
	 * bit 1: configuration change). */
	unsigned int (*isr_ack)(struct virtio_dev *d);
	/* 1 when queue sizes are fixed by the device (legacy PCI). */
	int fixed_queue_size;
};

struct virtio_dev {
	const struct virtio_transport *t;
	struct ukbus_device *bus;	/* where ukbus found it */
	uint16_t device_id;	/* VIRTIO_ID_* */
	uint64_t features;	/* negotiated */
	uint64_t offered;	/* the device's, seen by virtio_negotiate */
	int irq;		/* interrupt line, -1 none */
	unsigned int irq_flags;	/* UKPLAT_IRQ_EDGE (MMIO), _LEVEL (PCI) */
	/* MSI-X (the transport's): queue lines given, 0 when interrupts
	 * come on irq (INTx, MMIO); then the lines, by vector. */
	unsigned int nqlines;
	unsigned int qline[VIRTIO_QUEUE_LINES];
	/* The transport's: register windows. */
	uintptr_t base;		/* legacy PCI: I/O port base; MMIO: address */
	uintptr_t common, notify, isr, devcfg;	/* modern PCI */
	uint32_t notify_mult;
	char where[24];		/* ukbus's name: "pci 00:03.0", ... */
};

/* Sets up @d for the virtio device ukbus found as @bd (PCI: turns on
 * its decoding and bus mastering): the transport, the device type, the
 * interrupt line. -ENODEV: not a virtio device; -ENOENT, -ENOTSUP: no
 * transport this library speaks. For a driver's ukbus probe. */
int virtio_dev_init(struct virtio_dev *d, struct ukbus_device *bd);

/* The MSI-X vector of queue @index (when d->nqlines). */
static inline uint16_t virtio_queue_vector(const struct virtio_dev *d,
					   uint16_t index)
{
	return (uint16_t)(index < d->nqlines ? index : d->nqlines - 1);
}

/* 1 when @d can interrupt: a line of its own per queue (MSI-X) or a
 * line from its bus, and a platform with interrupts. */
static inline int virtio_irq_ok(const struct virtio_dev *d)
{
	return ukplat_irq_register && (d->nqlines || d->irq >= 0);
}

/* Calls @handler(@arg) (interrupt context, uk/plat/irq.h) on the
 * interrupts of queue @index: on the queue's own message-signalled line
 * where the transport set one up (MSI-X: nothing to acknowledge), else
 * on the device's line, shared with its other queues, its configuration
 * changes and maybe other devices. -ENOTSUP when @d cannot interrupt;
 * else ukplat_irq_register's result. */
int virtio_queue_irq_register(struct virtio_dev *d, uint16_t index,
			      ukplat_irq_handler_t handler, void *arg);

/* In a handler: what raised the interrupt, acknowledged (bit 0: a
 * queue, bit 1: a configuration change; 0: not this device). On a
 * queue's own line, 1 without touching the device. */
static inline unsigned int virtio_isr_ack(struct virtio_dev *d)
{
	return d->nqlines ? 1 : d->t->isr_ack(d);
}

/* 1 when feature bit @bit was negotiated. */
static inline int virtio_has(const struct virtio_dev *d, unsigned int bit)
{
	return (int)((d->features >> bit) & 1);
}

/* Resets @d, says ACKNOWLEDGE and DRIVER, and accepts the features of
 * @wanted the device offers (VERSION_1 is added on a modern transport;
 * FEATURES_OK is checked there). d->features holds the result. -EIO
 * when the device refuses. */
int virtio_negotiate(struct virtio_dev *d, uint64_t wanted);

/* DRIVER_OK: the device may now use the queues. */
void virtio_driver_ok(struct virtio_dev *d);

/* Marks @d FAILED and resets it (after an error in setup). */
void virtio_fail(struct virtio_dev *d);

/* Reads @len bytes of the device configuration at @off. */
static inline void virtio_config_read(struct virtio_dev *d, unsigned int off,
				      void *buf, unsigned int len)
{
	d->t->config_read(d, off, buf, len);
}

#ifdef __cplusplus
}
#endif

#endif /* __UK_VIRTIO_H__ */
