/* Device initialisation steps shared by every transport (virtio 1.2,
 * 3.1.1). */
#include <errno.h>
#include <uk/print.h>
#include <uk/virtio.h>

int virtio_negotiate(struct virtio_dev *d, uint64_t wanted)
{
	uint64_t offered;

	d->t->status_set(d, 0);
	d->t->status_set(d, VIRTIO_S_ACKNOWLEDGE);
	d->t->status_set(d, VIRTIO_S_ACKNOWLEDGE | VIRTIO_S_DRIVER);
	offered = d->t->features_get(d);
	d->offered = offered;
	if (!d->t->legacy) {
		if (!(offered & (1ULL << VIRTIO_F_VERSION_1))) {
			uk_pr_err("virtio %s: modern transport without "
				  "VERSION_1\n", d->where);
			virtio_fail(d);
			return -EIO;
		}
		wanted |= 1ULL << VIRTIO_F_VERSION_1;
	} else {
		/* A legacy transport speaks the legacy layouts only. */
		wanted &= ~(1ULL << VIRTIO_F_VERSION_1);
	}
	d->features = offered & wanted;
	d->t->features_set(d, d->features);
	if (d->t->legacy)
		return 0;	/* no FEATURES_OK step */
	d->t->status_set(d, VIRTIO_S_ACKNOWLEDGE | VIRTIO_S_DRIVER |
			    VIRTIO_S_FEATURES_OK);
	if (!(d->t->status_get(d) & VIRTIO_S_FEATURES_OK)) {
		uk_pr_err("virtio %s: features 0x%llx refused\n", d->where,
			  (unsigned long long)d->features);
		virtio_fail(d);
		return -EIO;
	}
	return 0;
}

void virtio_driver_ok(struct virtio_dev *d)
{
	d->t->status_set(d, (uint8_t)(d->t->status_get(d) |
				       VIRTIO_S_DRIVER_OK));
}

void virtio_fail(struct virtio_dev *d)
{
	d->t->status_set(d, (uint8_t)(d->t->status_get(d) | VIRTIO_S_FAILED));
	d->t->status_set(d, 0);
}
