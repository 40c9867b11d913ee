/* virtio-net receive: the consumer's netbufs are posted with the
 * virtio-net header in their headroom (one descriptor each, or two for
 * legacy devices without ANY_LAYOUT); with MRG_RXBUF a frame may fill
 * several (num_buffers in the first one's header). */
#include <string.h>
#include "virtionet.h"

#define BATCH 32

static int post(struct virtionet *v, struct uk_netbuf *nb)
{
	struct virtq_seg seg[2];
	char *hdr = (char *)nb->data - v->hdrlen;

	uint32_t room = uk_netbuf_tailroom(nb) + nb->len;

	if (v->split_hdr) {
		seg[0].len = v->hdrlen;
		seg[0].addr = virtqueue_bus_addr(hdr, seg[0].len,
						 UKPLAT_DMA_FROM_DEVICE);
		seg[1].len = room;
		seg[1].addr = virtqueue_bus_addr(nb->data, room,
						 UKPLAT_DMA_FROM_DEVICE);
		return virtqueue_add(v->rxq, seg, 0, 2, nb);
	}
	seg[0].len = v->hdrlen + room;
	seg[0].addr = virtqueue_bus_addr(hdr, seg[0].len,
					 UKPLAT_DMA_FROM_DEVICE);
	return virtqueue_add(v->rxq, seg, 0, 1, nb);
}

/* Posts new buffers in every free slot; returns how many. */
int _virtionet_rx_fill(struct virtionet *v)
{
	const struct uk_netdev_rxq_conf *c = &v->dev.rxq_conf[0];
	unsigned int per = v->split_hdr ? 2 : 1;
	struct uk_netbuf *nb[BATCH];
	int total = 0;

	while (v->rxq->nfree >= per) {
		uint16_t want = (uint16_t)(v->rxq->nfree / per), got, i;

		if (want > BATCH)
			want = BATCH;
		got = c->alloc_rxpkts(c->alloc_rxpkts_argp, nb, want);
		for (i = 0; i < got; i++) {
			nb[i]->len = 0;
			if (uk_netbuf_headroom(nb[i]) < v->hdrlen ||
			    post(v, nb[i]) < 0) {
				uk_netbuf_free(nb[i]);	/* unusable */
				v->dev.stats.rx_errors++;
			}
		}
		total += got;
		if (got < want)
			break;		/* out of memory: later */
	}
	return total;
}

/* Marks @nb as the device's header says (checksum state), completing
 * a partial checksum in software when the consumer did not ask for
 * offloads. */
static void csum_flags(struct virtionet *v, struct uk_netbuf *nb,
		       const struct virtio_net_hdr *h)
{
	if (h->flags & VIRTIO_NET_HDR_F_NEEDS_CSUM) {
		nb->flags = UK_NETBUF_F_CSUM_PARTIAL;
		nb->csum_start = h->csum_start;
		nb->csum_offset = h->csum_offset;
		if (!v->rx_offload && uk_netbuf_csum_complete(nb) < 0)
			v->dev.stats.rx_errors++;
	} else if ((h->flags & VIRTIO_NET_HDR_F_DATA_VALID) && v->rx_offload) {
		nb->flags = UK_NETBUF_F_CSUM_VALID;
	}
}

/* Takes the next frame, its buffers linked; NULL when none. A frame
 * shorter than an Ethernet header, or with a buffer count no frame has,
 * is dropped (the rest of a bad multi-buffer frame is then taken as
 * frames of their own, and dropped the same way). */
static struct uk_netbuf *take(struct virtionet *v)
{
	struct uk_netbuf *nb, *seg, *last;
	struct virtio_net_hdr h;
	uint32_t len;
	uint16_t nbufs;

	while ((nb = virtqueue_get(v->rxq, &len))) {
		memcpy(&h, (char *)nb->data - v->hdrlen, v->hdrlen);
		nb->len = len > v->hdrlen ? len - v->hdrlen : 0;
		nb->next = 0;
		nb->flags = 0;
		nbufs = v->mrg ? h.num_buffers : 1;
		if (nb->len < 14 || !nbufs || nbufs > v->rxq->size) {
			v->dev.stats.rx_errors++;
			uk_netbuf_free(nb);
			continue;
		}
		for (last = nb; nbufs > 1; nbufs--, last = seg) {
			/* The device fills a frame's buffers before
			 * publishing any: the rest are there. */
			seg = virtqueue_get(v->rxq, &len);
			if (!seg)
				break;
			/* Only the first buffer has a header. */
			seg->data = (char *)seg->data - v->hdrlen;
			seg->len = len;
			seg->next = 0;
			last->next = seg;
		}
		if (nbufs > 1) {
			v->dev.stats.rx_errors++;
			uk_netbuf_free(nb);
			continue;
		}
		csum_flags(v, nb, &h);
		return nb;
	}
	return 0;
}

int _virtionet_rx_burst(struct uk_netdev *d, uint16_t q,
			struct uk_netbuf *nb[], uint16_t n)
{
	struct virtionet *v = VNET(d);
	uint16_t got = 0;

	(void)q;
	for (;;) {
		while (got < n && (nb[got] = take(v))) {
			d->stats.rx_packets++;
			d->stats.rx_bytes += uk_netbuf_frame_len(nb[got]);
			got++;
		}
		/* Refill, and tell the device, only once half the ring is
		 * used (as Linux's driver): a notification is a trap into
		 * the device model, one per received frame otherwise, and
		 * the device still has half a ring of buffers. */
		if (v->rxq->nfree >= v->rxq->size / 2)
			_virtionet_rx_fill(v);
		/* Publishes a refill; with none, still repairs a lost
		 * notification (a device out of buffers that missed our
		 * last one would otherwise never deliver again). */
		if (virtqueue_kick(v->rxq))
			d->stats.tx_kicks++;
		if (got == n || !v->intr)
			return got;
		/* Empty: arm the interrupt, unless a frame slipped in. */
		if (!virtqueue_intr_enable(v->rxq))
			return got;
		virtqueue_intr_disable(v->rxq);
	}
}
