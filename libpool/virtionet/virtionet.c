/* virtio-net's control path: feature negotiation, queues, start, link
 * state, interrupts. */
#include <errno.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/bus.h>
#include <uk/print.h>
#include "virtionet.h"

#define F(bit) (1ULL << (bit))
#define WANTED (F(VIRTIO_NET_F_CSUM) | F(VIRTIO_NET_F_GUEST_CSUM) | \
		F(VIRTIO_NET_F_MTU) | F(VIRTIO_NET_F_MAC) | \
		F(VIRTIO_NET_F_MRG_RXBUF) | F(VIRTIO_NET_F_STATUS) | \
		F(VIRTIO_F_RING_EVENT_IDX) | F(VIRTIO_F_ANY_LAYOUT))

static int vnet_probe(struct uk_netdev *d)
{
	struct virtionet *v = VNET(d);
	struct virtio_dev *vd = v->vdev;
	uint16_t mtu;
	int rc;

	rc = virtio_negotiate(vd, WANTED);
	if (rc < 0)
		return rc;
	v->mrg = (uint8_t)virtio_has(vd, VIRTIO_NET_F_MRG_RXBUF);
	v->hdrlen = virtio_has(vd, VIRTIO_F_VERSION_1) || v->mrg ? 12 : 10;
	v->split_hdr = !virtio_has(vd, VIRTIO_F_VERSION_1) &&
		       !virtio_has(vd, VIRTIO_F_ANY_LAYOUT);
	if (virtio_has(vd, VIRTIO_NET_F_MAC)) {
		virtio_config_read(vd, VIRTIO_NET_C_MAC, d->hwaddr.addr, 6);
	} else {	/* locally administered, one per device */
		static const uint8_t base[6] = { 0x02, 0x76, 0x6e, 0, 0, 0 };

		memcpy(d->hwaddr.addr, base, 6);
		d->hwaddr.addr[5] = (uint8_t)d->id;
	}
	d->mtu = 1500;
	/* Frames of any size fit a chain of receive buffers (MRG_RXBUF);
	 * without it, the buffers are sized for the MTU when posted. */
	v->max_mtu = v->mrg ? 65521 : 9000;
	if (virtio_has(vd, VIRTIO_NET_F_MTU)) {
		virtio_config_read(vd, VIRTIO_NET_C_MTU, &mtu, 2);
		v->max_mtu = mtu;
		if (mtu < d->mtu)
			d->mtu = mtu;
	}
	uk_pr_info("virtio-net %s (%s): features 0x%llx\n", vd->where,
		   vd->t->name, (unsigned long long)vd->features);
	return 0;
}

static void vnet_info(struct uk_netdev *d, struct uk_netdev_info *i)
{
	struct virtionet *v = VNET(d);
	struct virtio_dev *vd = v->vdev;
	uint32_t need = v->hdrlen + 18u + d->mtu;	/* + Ethernet, VLAN */

	i->max_rx_queues = i->max_tx_queues = 1;
	i->max_mtu = v->max_mtu;
	i->tx_headroom = v->hdrlen;
	i->rx_headroom = v->hdrlen;
	i->rx_buflen = v->mrg || need < VIRTIONET_BUFLEN ? VIRTIONET_BUFLEN
							  : need;
	i->rx_bufalign = 64;
	i->tx_max_segs = 16;
	i->features = UK_NETDEV_F_TX_SG |
		      (virtio_irq_ok(vd) ? UK_NETDEV_F_RXQ_INTR : 0) |
		      (v->mrg ? UK_NETDEV_F_RX_MRG : 0) |
		      (virtio_has(vd, VIRTIO_NET_F_CSUM) ? UK_NETDEV_F_TX_CSUM : 0) |
		      (virtio_has(vd, VIRTIO_NET_F_GUEST_CSUM) ?
			       UK_NETDEV_F_RX_CSUM : 0) |
		      /* coalesced frames arrive over several buffers */
		      (v->mrg && virtio_has(vd, VIRTIO_NET_F_GUEST_CSUM) &&
		       (vd->offered & F(VIRTIO_NET_F_GUEST_TSO4)) ?
			       UK_NETDEV_F_RX_LRO : 0);
}

#define LRO (F(VIRTIO_NET_F_GUEST_TSO4) | F(VIRTIO_NET_F_GUEST_TSO6) | \
	     F(VIRTIO_NET_F_GUEST_ECN))

static int vnet_configure(struct uk_netdev *d, const struct uk_netdev_conf *c)
{
	struct virtionet *v = VNET(d);
	uint64_t want = WANTED;
	int rc;

	v->rx_offload = !!(c->offloads & UK_NETDEV_F_RX_CSUM);
	/* The receive offloads are the consumer's choice, and the features
	 * are settled again for it (a reset: no queue exists yet). Without
	 * RX_CSUM the host is not allowed partial checksums (GUEST_CSUM):
	 * it completes them natively, faster than the guest would; large
	 * receive adds the device's TSO bits. */
	if (!v->rx_offload)
		want &= ~F(VIRTIO_NET_F_GUEST_CSUM);
	if (c->offloads & UK_NETDEV_F_RX_LRO)
		want |= LRO;
	if ((v->vdev->features & ~F(VIRTIO_F_VERSION_1)) ==
	    (v->vdev->offered & want))
		return 0;
	rc = virtio_negotiate(v->vdev, want);
	if (rc < 0)
		return rc;
	uk_pr_info("virtio-net %s: %s, features 0x%llx\n", v->vdev->where,
		   c->offloads & UK_NETDEV_F_RX_LRO ? "large receive"
						    : "no receive offload",
		   (unsigned long long)v->vdev->features);
	return 0;
}

static int vnet_rxq_configure(struct uk_netdev *d, uint16_t q, uint16_t n,
			      const struct uk_netdev_rxq_conf *c)
{
	struct virtionet *v = VNET(d);
	int rc;

	(void)q;
	v->intr = c->rx_event != 0;
	if (!v->rxq) {
		rc = virtqueue_create(&v->rxq, v->vdev, VIRTIONET_RXQ, n,
				      uk_alloc_get_default());
		if (rc < 0)
			return rc;
	}
	return _virtionet_rx_fill(v) > 0 || v->rxq->nfree < v->rxq->size
		       ? 0 : -ENOMEM;
}

static int vnet_txq_configure(struct uk_netdev *d, uint16_t q, uint16_t n,
			      const struct uk_netdev_txq_conf *c)
{
	struct virtionet *v = VNET(d);

	(void)q, (void)c;
	if (v->txq)
		return 0;
	return virtqueue_create(&v->txq, v->vdev, VIRTIONET_TXQ, n,
				uk_alloc_get_default());
}

/* The receive queue's interrupt (interrupt context): acknowledge it
 * (on a shared INTx line, which lowers it), and hand receive work to
 * the consumer's thread once per armed period. */
static int vnet_irq(void *arg)
{
	struct virtionet *v = arg;
	unsigned int isr = virtio_isr_ack(v->vdev);

	if (!isr)
		return UKPLAT_IRQ_NONE;	/* a shared line: not ours */
	if ((isr & 1) && v->intr && v->rxq->intr_on &&
	    virtqueue_pending(v->rxq)) {
		virtqueue_intr_disable(v->rxq);
		uk_netdev_drv_rx_event(&v->dev, 0);
	}
	return UKPLAT_IRQ_HANDLED;
}

static int vnet_start(struct uk_netdev *d)
{
	struct virtionet *v = VNET(d);
	int rc;

	if (v->intr && !v->irq_on) {
		rc = virtio_queue_irq_register(v->vdev, VIRTIONET_RXQ,
					       vnet_irq, v);
		if (rc < 0)
			return rc;
		v->irq_on = 1;
	}
	virtio_driver_ok(v->vdev);
	if (virtqueue_kick(v->rxq))
		d->stats.tx_kicks++;
	if (v->intr && virtqueue_intr_enable(v->rxq)) {
		virtqueue_intr_disable(v->rxq);	/* frames already there */
		uk_netdev_drv_rx_event(d, 0);
	}
	return 0;
}

static int vnet_intr_enable(struct uk_netdev *d, uint16_t q)
{
	struct virtionet *v = VNET(d);

	(void)q;
	if (!v->irq_on)
		return -ENOTSUP;
	v->intr = 1;
	if (virtqueue_intr_enable(v->rxq)) {
		virtqueue_intr_disable(v->rxq);
		return 1;
	}
	return 0;
}

static int vnet_intr_disable(struct uk_netdev *d, uint16_t q)
{
	struct virtionet *v = VNET(d);

	(void)q;
	if (!v->irq_on)
		return -ENOTSUP;
	v->intr = 0;
	virtqueue_intr_disable(v->rxq);
	return 0;
}

static int vnet_link_up(struct uk_netdev *d)
{
	struct virtionet *v = VNET(d);
	uint16_t s;

	if (!virtio_has(v->vdev, VIRTIO_NET_F_STATUS))
		return 1;
	virtio_config_read(v->vdev, VIRTIO_NET_C_STATUS, &s, 2);
	return s & VIRTIO_NET_S_LINK_UP;
}

static int vnet_mtu_set(struct uk_netdev *d, uint16_t mtu)
{
	/* Receive buffers already posted must hold the new frames. */
	if (!VNET(d)->mrg && VNET(d)->rxq &&
	    VNET(d)->hdrlen + 18u + mtu > VIRTIONET_BUFLEN)
		return -ENOTSUP;
	return 0;
}

const struct uk_netdev_ops _virtionet_ops = {
	.probe = vnet_probe,
	.info_get = vnet_info,
	.configure = vnet_configure,
	.rxq_configure = vnet_rxq_configure,
	.txq_configure = vnet_txq_configure,
	.start = vnet_start,
	.mtu_set = vnet_mtu_set,
	.link_up = vnet_link_up,
	.rxq_intr_enable = vnet_intr_enable,
	.rxq_intr_disable = vnet_intr_disable,
	.rx_burst = _virtionet_rx_burst,
	.tx_burst = _virtionet_tx_burst,
};

/* Devices are found by ukbus at boot (driver.c registers them as they
 * are probed); this makes sure that happened, and is the symbol through
 * which uknetdev links this library. */
void uk_netdev_plat_discover(void)
{
	ukbus_probe_all();
}
