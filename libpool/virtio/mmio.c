/* The virtio-mmio transport (virtio 1.2, 4.2), modern (version 2) and
 * legacy (version 1): the devices QEMU's microvm names on the command
 * line when ACPI is off, which ukbus lists (plat/kvm). */
#include <errno.h>
#include <uk/print.h>
#include <uk/virtqueue.h>
#include "transport.h"

#define M_MAGIC		0x000
#define M_VERSION	0x004
#define M_DEVICE	0x008
#define M_DFEATURES	0x010
#define M_DFSEL		0x014
#define M_GFEATURES	0x020
#define M_GFSEL		0x024
#define M_GUESTPAGE	0x028	/* legacy */
#define M_QSEL		0x030
#define M_QNUMMAX	0x034
#define M_QNUM		0x038
#define M_QALIGN	0x03c	/* legacy */
#define M_QPFN		0x040	/* legacy */
#define M_QREADY	0x044
#define M_QNOTIFY	0x050
#define M_ISR		0x060
#define M_ISRACK	0x064
#define M_STATUS	0x070
#define M_QDESC		0x080
#define M_QDRIVER	0x090
#define M_QDEVICE	0x0a0
#define M_CONFIG	0x100

#define REG(d, off) _VIO_R32((d)->base + (off))

static uint64_t features_get(struct virtio_dev *d)
{
	uint64_t f;

	REG(d, M_DFSEL) = 1;
	f = (uint64_t)REG(d, M_DFEATURES) << 32;
	REG(d, M_DFSEL) = 0;
	return f | REG(d, M_DFEATURES);
}

static void features_set(struct virtio_dev *d, uint64_t f)
{
	REG(d, M_GFSEL) = 0;
	REG(d, M_GFEATURES) = (uint32_t)f;
	REG(d, M_GFSEL) = 1;
	REG(d, M_GFEATURES) = (uint32_t)(f >> 32);
}

static uint8_t status_get(struct virtio_dev *d)
{
	return (uint8_t)REG(d, M_STATUS);
}

static void status_set(struct virtio_dev *d, uint8_t s)
{
	REG(d, M_STATUS) = s;
}

static void config_read(struct virtio_dev *d, unsigned int off, void *buf,
			unsigned int len)
{
	uint8_t *p = buf;
	unsigned int i;

	for (i = 0; i < len; i++)
		p[i] = _VIO_R8(d->base + M_CONFIG + off + i);
}

static uint16_t queue_max(struct virtio_dev *d, uint16_t index)
{
	REG(d, M_QSEL) = index;
	return (uint16_t)REG(d, M_QNUMMAX);
}

static int queue_setup(struct virtio_dev *d, struct virtqueue *vq)
{
	REG(d, M_QSEL) = vq->index;
	REG(d, M_QNUM) = vq->size;
	if (d->t->legacy) {
		if (vq->desc_bus >> 44)
			return -EINVAL;
		REG(d, M_GUESTPAGE) = 4096;
		REG(d, M_QALIGN) = 4096;
		REG(d, M_QPFN) = (uint32_t)(vq->desc_bus >> 12);
		return 0;
	}
	REG(d, M_QDESC) = (uint32_t)vq->desc_bus;
	REG(d, M_QDESC + 4) = (uint32_t)(vq->desc_bus >> 32);
	REG(d, M_QDRIVER) = (uint32_t)vq->avail_bus;
	REG(d, M_QDRIVER + 4) = (uint32_t)(vq->avail_bus >> 32);
	REG(d, M_QDEVICE) = (uint32_t)vq->used_bus;
	REG(d, M_QDEVICE + 4) = (uint32_t)(vq->used_bus >> 32);
	REG(d, M_QREADY) = 1;
	return 0;
}

static void notify(struct virtio_dev *d, struct virtqueue *vq)
{
	REG(d, M_QNOTIFY) = vq->index;
}

static unsigned int isr_ack(struct virtio_dev *d)
{
	uint32_t s = REG(d, M_ISR);

	REG(d, M_ISRACK) = s;
	return s;
}

static const struct virtio_transport modern =
	_VIRTIO_TRANSPORT("mmio", 0, 0);
static const struct virtio_transport legacy =
	_VIRTIO_TRANSPORT("mmio-legacy", 1, 0);

int _virtio_mmio_init(struct virtio_dev *d, const struct ukbus_device *bd)
{
	d->base = (uintptr_t)bd->res[0].base;
	if (bd->subdevice == 1)
		d->t = &legacy;
	else if (bd->subdevice == 2)
		d->t = &modern;
	else {
		uk_pr_err("virtio %s: mmio version %u\n", d->where,
			  bd->subdevice);
		return -ENOTSUP;
	}
	return 0;
}
