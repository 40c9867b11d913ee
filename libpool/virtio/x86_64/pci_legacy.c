/* The legacy virtio-pci transport (virtio 1.2, 4.1.4.8): registers in
 * I/O BAR 0, 32 feature bits, queues of the device's fixed size given by
 * page frame number. */
#include <errno.h>
#include <uk/arch/io.h>
#include <uk/virtqueue.h>
#include "transport.h"

#define L_HOSTF		0x00
#define L_GUESTF	0x04
#define L_QPFN		0x08
#define L_QNUM		0x0c
#define L_QSEL		0x0e
#define L_QNOTIFY	0x10
#define L_STATUS	0x12
#define L_ISR		0x13
#define L_CONFIG	0x14	/* without MSI-X, which we never enable */

#define PORT(d, off) ((unsigned short)((d)->base + (off)))

static uint64_t features_get(struct virtio_dev *d)
{
	return inl(PORT(d, L_HOSTF));
}

static void features_set(struct virtio_dev *d, uint64_t f)
{
	outl(PORT(d, L_GUESTF), (uint32_t)f);
}

static uint8_t status_get(struct virtio_dev *d)
{
	return inb(PORT(d, L_STATUS));
}

static void status_set(struct virtio_dev *d, uint8_t s)
{
	outb(PORT(d, L_STATUS), s);
}

static void config_read(struct virtio_dev *d, unsigned int off, void *buf,
			unsigned int len)
{
	uint8_t *p = buf;
	unsigned int i;

	for (i = 0; i < len; i++)
		p[i] = inb(PORT(d, L_CONFIG + off + i));
}

static uint16_t queue_max(struct virtio_dev *d, uint16_t index)
{
	outw(PORT(d, L_QSEL), index);
	return inw(PORT(d, L_QNUM));
}

static int queue_setup(struct virtio_dev *d, struct virtqueue *vq)
{
	if (vq->desc_bus >> 44)		/* a 32-bit page frame number */
		return -EINVAL;
	outw(PORT(d, L_QSEL), vq->index);
	outl(PORT(d, L_QPFN), (uint32_t)(vq->desc_bus >> 12));
	return 0;
}

static void notify(struct virtio_dev *d, struct virtqueue *vq)
{
	outw(PORT(d, L_QNOTIFY), vq->index);
}

static unsigned int isr_ack(struct virtio_dev *d)
{
	return inb(PORT(d, L_ISR));
}

static const struct virtio_transport legacy =
	_VIRTIO_TRANSPORT("pci-legacy", 1, 1);

int _virtio_pci_legacy_init(struct virtio_dev *d,
			    const struct ukbus_device *bd)
{
	if (!(bd->res[0].flags & UKBUS_RES_IO))
		return -ENOENT;
	d->base = bd->res[0].base;
	d->t = &legacy;
	return 0;
}
