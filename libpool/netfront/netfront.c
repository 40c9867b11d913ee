/* netfront's control path: finding vifs in xenstore, the rings and the
 * event channel, the handshake at start, the event handler. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/plat/xen.h>
#include <uk/print.h>
#include "netfront.h"

#define MAX_VIFS 8

static int nf_probe(struct uk_netdev *d)
{
	return _netfront_read_config(NF(d));
}

static void nf_info(struct uk_netdev *d, struct uk_netdev_info *i)
{
	(void)d;
	i->max_rx_queues = i->max_tx_queues = 1;
	i->max_mtu = 1500;
	i->tx_headroom = 0;
	i->rx_headroom = 0;
	i->rx_buflen = NF_PAGE;		/* one granted page per frame */
	i->rx_bufalign = NF_PAGE;
	i->tx_max_segs = 18;
	i->features = UK_NETDEV_F_RXQ_INTR | UK_NETDEV_F_TX_SG |
		      UK_NETDEV_F_RX_MRG | UK_NETDEV_F_TX_CSUM |
		      UK_NETDEV_F_RX_CSUM;
}

static int nf_configure(struct uk_netdev *d, const struct uk_netdev_conf *c)
{
	NF(d)->rx_offload = !!(c->offloads & UK_NETDEV_F_RX_CSUM);
	NF(d)->tx_offload = !!(c->offloads & UK_NETDEV_F_TX_CSUM);
	return 0;
}

/* A zeroed shared ring page granted to the backend. */
static void *ring_page(struct netfront *nf, ukplat_dma_addr_t *ref)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct nf_sring_hdr *h = uk_memalign(a, NF_PAGE, NF_PAGE);

	if (!h)
		return 0;
	memset(h, 0, NF_PAGE);
	h->req_event = h->rsp_event = 1;
	if (ukplat_dma_map(h, NF_PAGE, nf->backend_id, UKPLAT_DMA_BIDIR,
			   ref) < 0) {
		uk_free(a, h);
		return 0;
	}
	return h;
}

static int nf_rxq_configure(struct uk_netdev *d, uint16_t q, uint16_t n,
			    const struct uk_netdev_rxq_conf *c)
{
	struct netfront *nf = NF(d);

	(void)q, (void)n;
	nf->intr = c->rx_event != 0;
	if (!nf->rxs && !(nf->rxs = ring_page(nf, &nf->rx_ref)))
		return -ENOMEM;
	return 0;	/* filled at start, when the backend is there */
}

static int nf_txq_configure(struct uk_netdev *d, uint16_t q, uint16_t n,
			    const struct uk_netdev_txq_conf *c)
{
	struct netfront *nf = NF(d);
	unsigned int i;

	(void)q, (void)n, (void)c;
	if (nf->txs)
		return 0;
	if (!(nf->txs = ring_page(nf, &nf->tx_ref)))
		return -ENOMEM;
	for (i = 0; i < NF_RING; i++)
		nf->tx_free[i] = (uint16_t)(NF_RING - 1 - i);
	nf->ntx_free = NF_RING;
	return 0;
}

/* The event channel's handler (interrupt context): receive work for the
 * consumer's thread, if it armed the queue. */
static int nf_event(void *arg)
{
	struct netfront *nf = arg;

	if (nf->armed && _netfront_rx_pending(nf)) {
		nf->armed = 0;
		uk_netdev_drv_rx_event(&nf->dev, 0);
	}
	return UKPLAT_IRQ_HANDLED;
}

static int nf_start(struct uk_netdev *d)
{
	struct netfront *nf = NF(d);
	int rc;

	if (nf->connected)
		return 0;
	rc = xen_evtchn_alloc_unbound(nf->backend_id, &nf->port);
	if (rc < 0)
		return rc;
	rc = ukplat_irq_register(nf->port, 0, nf_event, nf);
	if (rc < 0)
		return rc;
	_netfront_rx_fill(nf);
	rc = _netfront_connect(nf);
	if (rc < 0) {
		uk_pr_err("netfront %s: backend %s did not connect: %d\n",
			  nf->path, nf->backend, rc);
		return rc;
	}
	if (nf->intr) {
		nf->armed = 1;
		nf->rxs->h.rsp_event = nf->rx_cons + 1;
	}
	/* Requests posted before the backend connected: tell it. */
	xen_evtchn_notify(nf->port);
	return 0;
}

static int nf_link_up(struct uk_netdev *d)
{
	return NF(d)->connected;
}

static int nf_intr_enable(struct uk_netdev *d, uint16_t q)
{
	struct netfront *nf = NF(d);

	(void)q;
	nf->intr = 1;
	if (_netfront_rx_pending(nf))
		return 1;
	nf->armed = 1;
	nf->rxs->h.rsp_event = nf->rx_cons + 1;
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	if (_netfront_rx_pending(nf)) {
		nf->armed = 0;
		return 1;
	}
	return 0;
}

static int nf_intr_disable(struct uk_netdev *d, uint16_t q)
{
	(void)q;
	NF(d)->intr = 0;
	NF(d)->armed = 0;
	return 0;
}

static const struct uk_netdev_ops nf_ops = {
	.probe = nf_probe,
	.info_get = nf_info,
	.configure = nf_configure,
	.rxq_configure = nf_rxq_configure,
	.txq_configure = nf_txq_configure,
	.start = nf_start,
	.link_up = nf_link_up,
	.rxq_intr_enable = nf_intr_enable,
	.rxq_intr_disable = nf_intr_disable,
	.rx_burst = _netfront_rx_burst,
	.tx_burst = _netfront_tx_burst,
};

void uk_netdev_plat_discover(void)
{
	struct uk_alloc *a = uk_alloc_get_default();
	unsigned int id;
	char path[48], buf[16];

	for (id = 0; id < MAX_VIFS; id++) {
		struct netfront *nf;

		snprintf(path, sizeof(path), "device/vif/%u/backend-id", id);
		if (xenstore_read(path, buf, sizeof(buf)) < 0)
			break;
		if (!ukplat_dma_map || !ukplat_irq_register) {
			uk_pr_err("netfront: vif %u ignored: the platform has "
				  "no grant or interrupt calls\n", id);
			break;
		}
		nf = a ? uk_calloc(a, 1, sizeof(*nf)) : 0;
		if (!nf)
			break;
		nf->id = id;
		snprintf(nf->path, sizeof(nf->path), "device/vif/%u", id);
		nf->dev.ops = &nf_ops;
		nf->dev.drv_name = "netfront";
		uk_netdev_drv_register(&nf->dev);
	}
}
