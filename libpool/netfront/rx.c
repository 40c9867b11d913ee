/* netfront receive: every request grants the backend one whole page
 * (a consumer's netbuf) to copy a frame into; responses come back in
 * ring order, the frame at the response's offset in the page. */
#include "netfront.h"

#define BATCH 32
#define MASK (NF_RING - 1)

/* Posts buffers in every free request slot; returns how many. */
int _netfront_rx_fill(struct netfront *nf)
{
	const struct uk_netdev_rxq_conf *c = &nf->dev.rxq_conf[0];
	struct uk_netbuf *nb[BATCH];
	int total = 0;

	while (nf->rx_prod - nf->rx_cons < NF_RING) {
		uint32_t room = NF_RING - (nf->rx_prod - nf->rx_cons);
		uint16_t got, i;

		got = c->alloc_rxpkts(c->alloc_rxpkts_argp, nb,
				      (uint16_t)(room < BATCH ? room : BATCH));
		for (i = 0; i < got; i++) {
			uint32_t idx = nf->rx_prod & MASK;
			struct nf_slot *s = &nf->rx[idx];

			if (((uintptr_t)nb[i]->buf & (NF_PAGE - 1)) ||
			    nb[i]->buflen < NF_PAGE ||
			    ukplat_dma_map(nb[i]->buf, NF_PAGE, nf->backend_id,
					   UKPLAT_DMA_FROM_DEVICE, &s->gref) < 0) {
				uk_netbuf_free(nb[i]);
				nf->dev.stats.rx_errors++;
				continue;
			}
			s->nb = nb[i];
			nf->rxs->ring[idx].req.id = (uint16_t)idx;
			nf->rxs->ring[idx].req.gref = (uint32_t)s->gref;
			nf->rx_prod++;
		}
		total += got;
		if (!got || got < (room < BATCH ? room : BATCH))
			break;
	}
	if (_netfront_push(&nf->rxs->h, nf->rx_prod)) {
		xen_evtchn_notify(nf->port);
		nf->dev.stats.tx_kicks++;
	}
	return total;
}

int _netfront_rx_pending(const struct netfront *nf)
{
	return *(volatile uint32_t *)&nf->rxs->h.rsp_prod != nf->rx_cons;
}

/* The buffer of response slot @idx, its grant ended; NULL if the grant
 * cannot end (the backend holds the page: leaked, counted). */
static struct uk_netbuf *take_slot(struct netfront *nf, uint32_t idx)
{
	struct nf_slot *s = &nf->rx[idx];
	struct uk_netbuf *nb = s->nb;

	s->nb = 0;
	if (ukplat_dma_unmap(s->gref, NF_PAGE, nf->backend_id) < 0) {
		nf->dev.stats.rx_errors++;
		return 0;
	}
	return nb;
}

/* Takes the next frame (its slots chained with more_data); NULL when
 * there is none. */
static struct uk_netbuf *take(struct netfront *nf)
{
	struct uk_netbuf *head = 0, **tail = &head;
	int more = 1, bad = 0;

	while (more) {
		const struct nf_rx_rsp *r;
		struct uk_netbuf *nb;

		if (!_netfront_rx_pending(nf))
			break;	/* a frame's slots are published together */
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
		r = &nf->rxs->ring[nf->rx_cons & MASK].rsp;
		more = r->flags & (NETRXF_more_data | NETRXF_extra_info);
		nb = take_slot(nf, r->id & MASK);
		nf->rx_cons++;
		if (!nb)
			continue;
		if (r->status <= 0 || r->offset + (uint32_t)r->status > NF_PAGE) {
			bad = 1;
			uk_netbuf_free(nb);
			continue;
		}
		nb->data = (char *)nb->buf + r->offset;
		nb->len = (uint32_t)r->status;
		nb->next = 0;
		nb->flags = 0;
		if (!head && (r->flags & NETRXF_data_validated) &&
		    nf->rx_offload)
			nb->flags = UK_NETBUF_F_CSUM_VALID;
		*tail = nb;
		tail = &nb->next;
	}
	if (bad && head) {
		uk_netbuf_free(head);
		head = 0;
	}
	if (bad)
		nf->dev.stats.rx_errors++;
	return head;
}

int _netfront_rx_burst(struct uk_netdev *d, uint16_t q,
		       struct uk_netbuf *nb[], uint16_t n)
{
	struct netfront *nf = NF(d);
	uint16_t got = 0;

	(void)q;
	for (;;) {
		while (got < n && _netfront_rx_pending(nf)) {
			nb[got] = take(nf);
			if (!nb[got])
				continue;
			d->stats.rx_packets++;
			d->stats.rx_bytes += uk_netbuf_frame_len(nb[got]);
			got++;
		}
		_netfront_rx_fill(nf);
		if (got == n || !nf->intr)
			return got;
		/* Empty: ask for an event at the next response, then look
		 * again (one may have come in between). */
		nf->armed = 1;
		nf->rxs->h.rsp_event = nf->rx_cons + 1;
		__atomic_thread_fence(__ATOMIC_SEQ_CST);
		if (!_netfront_rx_pending(nf))
			return got;
		nf->armed = 0;
	}
}
