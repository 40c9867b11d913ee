/* The modern virtio-pci transport (virtio 1.2, 4.1.4): register windows
 * in memory BARs, found through vendor capabilities in config space.
 * Interrupts by MSI-X where the device and the platform have it (a
 * vector per queue: no ISR read, no shared level line to lower), else
 * the INTx line. */
#include <errno.h>
#include <uk/virtqueue.h>
#include "transport.h"

#define PCI_CAP_VENDOR		0x09

#define CAP_COMMON	1
#define CAP_NOTIFY	2
#define CAP_ISR		3
#define CAP_DEVICE	4

#define VIRTIO_NO_VECTOR	0xffff

/* Common configuration structure offsets. */
#define C_DFSELECT	0x00
#define C_DF		0x04
#define C_GFSELECT	0x08
#define C_GF		0x0c
#define C_MSIXCONFIG	0x10
#define C_STATUS	0x14
#define C_QSELECT	0x16
#define C_QSIZE		0x18
#define C_QMSIX		0x1a
#define C_QENABLE	0x1c
#define C_QNOTIFYOFF	0x1e
#define C_QDESC		0x20
#define C_QDRIVER	0x28
#define C_QDEVICE	0x30

static uint64_t features_get(struct virtio_dev *d)
{
	uint64_t f;

	_VIO_R32(d->common + C_DFSELECT) = 1;
	f = (uint64_t)_VIO_R32(d->common + C_DF) << 32;
	_VIO_R32(d->common + C_DFSELECT) = 0;
	return f | _VIO_R32(d->common + C_DF);
}

static void features_set(struct virtio_dev *d, uint64_t f)
{
	_VIO_R32(d->common + C_GFSELECT) = 0;
	_VIO_R32(d->common + C_GF) = (uint32_t)f;
	_VIO_R32(d->common + C_GFSELECT) = 1;
	_VIO_R32(d->common + C_GF) = (uint32_t)(f >> 32);
}

static uint8_t status_get(struct virtio_dev *d)
{
	return _VIO_R8(d->common + C_STATUS);
}

static void status_set(struct virtio_dev *d, uint8_t s)
{
	_VIO_R8(d->common + C_STATUS) = s;
	if (!s)		/* a reset completes when the status reads 0 */
		while (_VIO_R8(d->common + C_STATUS))
			;
}

static void config_read(struct virtio_dev *d, unsigned int off, void *buf,
			unsigned int len)
{
	uint8_t *p = buf;
	unsigned int i;

	if (len == 2 && !(off & 1)) {
		*(uint16_t *)buf = _VIO_R16(d->devcfg + off);
		return;
	}
	if (len == 4 && !(off & 3)) {
		*(uint32_t *)buf = _VIO_R32(d->devcfg + off);
		return;
	}
	for (i = 0; i < len; i++)
		p[i] = _VIO_R8(d->devcfg + off + i);
}

static uint16_t queue_max(struct virtio_dev *d, uint16_t index)
{
	_VIO_R16(d->common + C_QSELECT) = index;
	return _VIO_R16(d->common + C_QSIZE);
}

static void write64(uintptr_t a, uint64_t v)
{
	_VIO_R32(a) = (uint32_t)v;
	_VIO_R32(a + 4) = (uint32_t)(v >> 32);
}

static int queue_setup(struct virtio_dev *d, struct virtqueue *vq)
{
	_VIO_R16(d->common + C_QSELECT) = vq->index;
	_VIO_R16(d->common + C_QSIZE) = vq->size;
	write64(d->common + C_QDESC, vq->desc_bus);
	write64(d->common + C_QDRIVER, vq->avail_bus);
	write64(d->common + C_QDEVICE, vq->used_bus);
	if (d->nqlines) {
		uint16_t v = virtio_queue_vector(d, vq->index);

		/* The device reads back NO_VECTOR when it refuses. */
		_VIO_R16(d->common + C_QMSIX) = v;
		if (_VIO_R16(d->common + C_QMSIX) != v)
			return -EIO;
	}
	vq->notify_addr = d->notify + (uintptr_t)d->notify_mult *
				      _VIO_R16(d->common + C_QNOTIFYOFF);
	_VIO_R16(d->common + C_QENABLE) = 1;
	return 0;
}

static void notify(struct virtio_dev *d, struct virtqueue *vq)
{
	(void)d;
	_VIO_R16(vq->notify_addr) = vq->index;
}

/* INTx only (virtio_isr_ack): with MSI-X the vector says which queue. */
static unsigned int isr_ack(struct virtio_dev *d)
{
	return _VIO_R8(d->isr);	/* reading acknowledges */
}

static const struct virtio_transport modern =
	_VIRTIO_TRANSPORT("pci", 0, 0);

int _virtio_pci_modern_init(struct virtio_dev *d,
			    const struct ukbus_device *bd)
{
	int p = 0, rc;

	while ((p = ukbus_pci_cap_find(bd, PCI_CAP_VENDOR,
				       (unsigned int)p)) > 0) {
		unsigned int off = (unsigned int)p;
		uint8_t type = (uint8_t)ukbus_pci_read(bd, off + 3, 1);
		uint8_t bar = (uint8_t)ukbus_pci_read(bd, off + 4, 1);
		uintptr_t a;

		if (bar >= UKBUS_NR_RES || !(bd->res[bar].flags & UKBUS_RES_MEM))
			continue;
		a = (uintptr_t)bd->res[bar].base + ukbus_pci_read(bd, off + 8, 4);
		if (type == CAP_COMMON && !d->common)
			d->common = a;
		else if (type == CAP_NOTIFY && !d->notify) {
			d->notify = a;
			d->notify_mult = ukbus_pci_read(bd, off + 16, 4);
		} else if (type == CAP_ISR && !d->isr)
			d->isr = a;
		else if (type == CAP_DEVICE && !d->devcfg)
			d->devcfg = a;
	}
	if (!d->common || !d->notify || !d->isr)
		return -ENOENT;
	d->t = &modern;
	rc = ukbus_pci_msix_enable(bd, VIRTIO_QUEUE_LINES, d->qline);
	if (rc > 0) {
		d->nqlines = (unsigned int)rc;
		/* Configuration changes: no interrupt (link state is
		 * read when asked). */
		_VIO_R16(d->common + C_MSIXCONFIG) = VIRTIO_NO_VECTOR;
	}
	return 0;
}
