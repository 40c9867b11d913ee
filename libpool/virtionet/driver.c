/* virtio-net's ukbus driver: claims virtio network devices (PCI
 * transitional 1af4:1000, modern 1af4:1041; virtio-mmio device 1) as
 * ukbus probes them at boot and registers each with uknetdev. Reached
 * only through the .uk_drivers section: a forced member, linked with the
 * library (itself linked through uk_netdev_plat_discover). */
#include <errno.h>
#include <uk/alloc.h>
#include <uk/bus.h>
#include "virtionet.h"

static const struct ukbus_match ids[] = {
	{ UKBUS_PCI, 0x1af4, 0x1000, 0, 0, 0, 0 },
	{ UKBUS_PCI, 0x1af4, 0x1040 + VIRTIO_ID_NET, 0, 0, 0, 0 },
	{ UKBUS_VIRTIO_MMIO, UKBUS_ANY, VIRTIO_ID_NET, 0, 0, 0, 0 },
	{ UKBUS_NONE, 0, 0, 0, 0, 0, 0 },
};

static int probe(struct ukbus_device *bd, const struct ukbus_match *id)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct virtionet *v;
	int rc;

	(void)id;
	v = a ? uk_calloc(a, 1, sizeof(*v)) : 0;
	if (!v)
		return -ENOMEM;
	v->vdev = &v->vdev_store;
	rc = virtio_dev_init(v->vdev, bd);
	if (rc == 0 && v->vdev->device_id != VIRTIO_ID_NET)
		rc = -ENODEV;
	if (rc < 0) {
		uk_free(a, v);
		return rc;
	}
	v->dev.ops = &_virtionet_ops;
	v->dev.drv_name = "virtio-net";
	rc = uk_netdev_drv_register(&v->dev);
	if (rc < 0) {
		uk_free(a, v);
		return rc;
	}
	bd->priv = v;
	return 0;
}

static const struct ukbus_driver virtionet_driver = {
	.name = "virtio-net",
	.ids = ids,
	.probe = probe,
};

UKBUS_DRIVER(virtionet_driver);
