/* virtio-net transmit: the header goes in the frame's headroom, one
 * descriptor per segment (plus one for the header on legacy devices
 * without ANY_LAYOUT), one notification per burst at most (none when
 * the device said it is still busy: event index). Sent frames are freed
 * on later calls: no transmit interrupt. */
#include <string.h>
#include "virtionet.h"

#define MAX_SEGS 16

static void reclaim(struct virtionet *v)
{
	struct uk_netbuf *nb;

	while ((nb = virtqueue_get(v->txq, 0)))
		uk_netbuf_free(nb);
}

/* Queues one frame: 1, 0 when the ring is full, -1 when it cannot be
 * sent (the caller frees it). */
static int queue_frame(struct uk_netdev *d, struct uk_netbuf *nb)
{
	struct virtionet *v = VNET(d);
	struct virtq_seg seg[MAX_SEGS + 1];
	struct virtio_net_hdr *h;
	struct uk_netbuf *s;
	unsigned int n = 0;

	if (uk_netbuf_headroom(nb) < v->hdrlen)
		return -1;
	if ((nb->flags & UK_NETBUF_F_CSUM_PARTIAL) &&
	    !virtio_has(v->vdev, VIRTIO_NET_F_CSUM) &&
	    uk_netbuf_csum_complete(nb) < 0)
		return -1;
	h = (struct virtio_net_hdr *)((char *)nb->data - v->hdrlen);
	memset(h, 0, v->hdrlen);
	if (nb->flags & UK_NETBUF_F_CSUM_PARTIAL) {
		h->flags = VIRTIO_NET_HDR_F_NEEDS_CSUM;
		h->csum_start = nb->csum_start;
		h->csum_offset = nb->csum_offset;
	}
	if (v->split_hdr) {
		seg[n++].len = v->hdrlen;
		seg[n++].len = nb->len;
	} else {
		seg[n++].len = v->hdrlen + nb->len;
	}
	seg[0].addr = virtqueue_bus_addr(h, seg[0].len, UKPLAT_DMA_TO_DEVICE);
	if (n == 2)
		seg[1].addr = virtqueue_bus_addr(nb->data, nb->len,
						 UKPLAT_DMA_TO_DEVICE);
	for (s = nb->next; s; s = s->next) {
		if (n == MAX_SEGS + 1)
			return -1;
		seg[n].len = s->len;
		seg[n++].addr = virtqueue_bus_addr(s->data, s->len,
						   UKPLAT_DMA_TO_DEVICE);
	}
	if (n > v->txq->size)
		return -1;
	if (n > v->txq->nfree) {
		reclaim(v);
		if (n > v->txq->nfree)
			return 0;
	}
	virtqueue_add(v->txq, seg, n, 0, nb);
	return 1;
}

int _virtionet_tx_burst(struct uk_netdev *d, uint16_t q,
			struct uk_netbuf *nb[], uint16_t n)
{
	struct virtionet *v = VNET(d);
	uint16_t taken;

	(void)q;
	reclaim(v);
	taken = uk_netdev_drv_tx_each(d, nb, n, queue_frame);
	if (virtqueue_kick(v->txq))
		d->stats.tx_kicks++;
	return taken;
}
