/* netfront transmit: each segment of a frame is granted page by page
 * (a request never crosses a page); the first request carries the whole
 * frame's size, all but the last NETTXF_more_data. The frame is freed
 * when the response to its last request arrives, on later calls (no
 * event needed). */
#include "netfront.h"

#define MASK (NF_RING - 1)
#define MAX_REQS 18	/* netback's limit of slots per frame */

static void reclaim(struct netfront *nf)
{
	uint32_t prod = *(volatile uint32_t *)&nf->txs->h.rsp_prod;

	__atomic_thread_fence(__ATOMIC_ACQUIRE);
	for (; nf->tx_cons != prod; nf->tx_cons++) {
		const struct nf_tx_rsp *r = &nf->txs->ring[nf->tx_cons & MASK].rsp;
		struct nf_slot *s;

		if (r->status == NETIF_RSP_NULL)
			continue;
		s = &nf->tx[r->id & MASK];
		if (r->status < 0)
			nf->dev.stats.tx_errors++;
		if (ukplat_dma_unmap(s->gref, s->len, nf->backend_id) < 0)
			nf->dev.stats.tx_errors++;	/* grant leaked */
		if (s->nb)
			uk_netbuf_free(s->nb);
		s->nb = 0;
		nf->tx_free[nf->ntx_free++] = r->id & MASK;
	}
}

static int room(const struct netfront *nf)
{
	return nf->ntx_free >= MAX_REQS &&
	       nf->tx_prod - nf->tx_cons + MAX_REQS <= NF_RING;
}

struct piece {
	uintptr_t addr;
	uint16_t len;
	ukplat_dma_addr_t gref;
};

/* Splits the frame into page pieces and grants each: their number, or
 * -1 (nothing left granted). */
static int grant_pieces(struct netfront *nf, const struct uk_netbuf *nb,
			struct piece p[MAX_REQS])
{
	const struct uk_netbuf *seg;
	int n = 0, i;

	for (seg = nb; seg; seg = seg->next) {
		uintptr_t a = (uintptr_t)seg->data, end = a + seg->len;

		while (a < end) {
			uintptr_t stop = (a / NF_PAGE + 1) * NF_PAGE;

			if (stop > end)
				stop = end;
			if (n == MAX_REQS)
				goto fail;
			p[n].addr = a;
			p[n].len = (uint16_t)(stop - a);
			if (ukplat_dma_map((void *)a, p[n].len, nf->backend_id,
					   UKPLAT_DMA_TO_DEVICE, &p[n].gref) < 0)
				goto fail;
			n++;
			a = stop;
		}
	}
	return n;
fail:
	for (i = 0; i < n; i++)
		ukplat_dma_unmap(p[i].gref, p[i].len, nf->backend_id);
	return -1;
}

/* Queues one frame: 1, 0 when the ring is full, -1 when it cannot be
 * sent. */
static int queue_frame(struct uk_netdev *d, struct uk_netbuf *nb)
{
	struct netfront *nf = NF(d);
	uint32_t total = uk_netbuf_frame_len(nb);
	struct piece p[MAX_REQS];
	int n, i;

	if (!total || total > 0xffff)
		return -1;
	/* Room for the longest frame, so that granting never stops half
	 * way through one. */
	if (!room(nf)) {
		reclaim(nf);
		if (!room(nf))
			return 0;
	}
	if ((nb->flags & UK_NETBUF_F_CSUM_PARTIAL) && !nf->tx_offload &&
	    uk_netbuf_csum_complete(nb) < 0)
		return -1;
	n = grant_pieces(nf, nb, p);
	if (n <= 0)
		return -1;
	for (i = 0; i < n; i++) {
		uint16_t id = nf->tx_free[--nf->ntx_free];
		struct nf_tx_req *r = &nf->txs->ring[nf->tx_prod++ & MASK].req;

		nf->tx[id].gref = p[i].gref;
		nf->tx[id].len = p[i].len;
		nf->tx[id].nb = i == n - 1 ? nb : 0;
		r->gref = (uint32_t)p[i].gref;
		r->offset = (uint16_t)(p[i].addr & (NF_PAGE - 1));
		r->id = id;
		r->size = i ? p[i].len : (uint16_t)total;
		r->flags = i + 1 < n ? NETTXF_more_data : 0;
		if (!i && (nb->flags & UK_NETBUF_F_CSUM_PARTIAL))
			r->flags |= NETTXF_csum_blank | NETTXF_data_validated;
	}
	return 1;
}

int _netfront_tx_burst(struct uk_netdev *d, uint16_t q,
		       struct uk_netbuf *nb[], uint16_t n)
{
	struct netfront *nf = NF(d);
	uint16_t taken;

	(void)q;
	reclaim(nf);
	taken = uk_netdev_drv_tx_each(d, nb, n, queue_frame);
	if (_netfront_push(&nf->txs->h, nf->tx_prod)) {
		xen_evtchn_notify(nf->port);
		d->stats.tx_kicks++;
	}
	return taken;
}
