/*
 * Network devices (uknetdev), the driver's side: what a NIC driver
 * implements and calls. Consumers use <uk/netdev.h>.
 * Documentation: docs/net.md, "Writing a driver".
 *
 * A driver embeds a struct uk_netdev in its own device structure, fills
 * @ops and @drv_name and registers it (uk_netdev_drv_register()) when it
 * finds the device; uknetdev checks states and arguments and keeps the
 * configuration, then calls the ops. The driver fills @hwaddr and @mtu
 * in probe (and when they change) and keeps @stats.
 *
 * Linking: uk_netdev_count() calls uk_netdev_plat_discover(), exported
 * by the one library of group `netdrv` that the platform's pool holds
 * (virtionet on kvm, netfront on xen, tap on linuxu). That strong
 * reference is what links the NIC driver into an image, and only into
 * one that uses uknetdev: hello world links no driver.
 */
#ifndef __UK_NETDEV_DRIVER_H__
#define __UK_NETDEV_DRIVER_H__

#include <uk/netdev.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Each op gets a device in the state the consumer call checked; queue
 * numbers are in range and set up. Ops marked optional may be NULL. */
struct uk_netdev_ops {
	/* UNPROBED: reset, negotiate, read hwaddr and mtu into @dev. */
	int (*probe)(struct uk_netdev *dev);
	void (*info_get)(struct uk_netdev *dev, struct uk_netdev_info *info);
	/* @conf is checked against info and kept in dev->conf after. */
	int (*configure)(struct uk_netdev *dev,
			 const struct uk_netdev_conf *conf);
	/* @conf is kept in dev->rxq_conf[queue] before the call. */
	int (*rxq_configure)(struct uk_netdev *dev, uint16_t queue,
			     uint16_t nb_desc,
			     const struct uk_netdev_rxq_conf *conf);
	int (*txq_configure)(struct uk_netdev *dev, uint16_t queue,
			     uint16_t nb_desc,
			     const struct uk_netdev_txq_conf *conf);
	int (*start)(struct uk_netdev *dev);
	int (*stop)(struct uk_netdev *dev);		/* optional */
	int (*hwaddr_set)(struct uk_netdev *dev,	/* optional */
			  const struct uk_hwaddr *a);
	int (*mtu_set)(struct uk_netdev *dev, uint16_t mtu); /* optional */
	int (*link_up)(struct uk_netdev *dev);		/* optional: up */
	/* Optional (no receive interrupts): semantics as the consumer
	 * calls; enable runs only on queues with an rx_event. */
	int (*rxq_intr_enable)(struct uk_netdev *dev, uint16_t queue);
	int (*rxq_intr_disable)(struct uk_netdev *dev, uint16_t queue);
	/* The data path, called without checks beyond assertions. */
	int (*rx_burst)(struct uk_netdev *dev, uint16_t queue,
			struct uk_netbuf *nb[], uint16_t n);
	int (*tx_burst)(struct uk_netdev *dev, uint16_t queue,
			struct uk_netbuf *nb[], uint16_t n);
};

struct uk_netdev {
	/* The driver's, set before registering. */
	const struct uk_netdev_ops *ops;
	const char *drv_name;
	/* The driver's, set by probe. */
	struct uk_hwaddr hwaddr;
	uint16_t mtu;
	struct uk_netdev_stats stats;
	/* uknetdev's. */
	enum uk_netdev_state state;
	unsigned int id;
	int link_seen;		/* last link state reported (-1: none) */
	struct uk_netdev_conf conf;
	struct uk_netdev_rxq_conf rxq_conf[UK_NETDEV_MAX_QUEUES];
	uint8_t rxq_ready[UK_NETDEV_MAX_QUEUES];
	uint8_t txq_ready[UK_NETDEV_MAX_QUEUES];
	struct uk_netdev *next;
};

/* Adds @dev (UNPROBED) to the devices; returns its id, or -ENOSPC. */
int uk_netdev_drv_register(struct uk_netdev *dev);

/* From the driver's interrupt handler, when frames arrived on @queue
 * and the queue's interrupt is (now) off: counts it and runs the
 * consumer's rx_event. */
static inline void uk_netdev_drv_rx_event(struct uk_netdev *dev,
					  uint16_t queue)
{
	const struct uk_netdev_rxq_conf *c = &dev->rxq_conf[queue];

	dev->stats.rx_irqs++;
	if (c->rx_event)
		c->rx_event(dev, queue, c->rx_event_argp);
}

/* The loop of a tx_burst: offers each of the @n frames to @queue_one,
 * which returns 1 when the driver took it (queued, or already sent),
 * 0 when the ring is full (the frame stays the caller's: stop), or -1
 * when it can never be sent (freed here, counted in tx_errors); counts
 * tx_packets, tx_bytes, tx_full. Returns how many frames were taken; the
 * driver then notifies its device once for all of them. */
static inline uint16_t uk_netdev_drv_tx_each(struct uk_netdev *dev,
					     struct uk_netbuf *nb[],
					     uint16_t n,
					     int (*queue_one)(struct uk_netdev *,
							      struct uk_netbuf *))
{
	uint16_t i;

	for (i = 0; i < n; i++) {
		uint32_t len = uk_netbuf_frame_len(nb[i]);
		int r = queue_one(dev, nb[i]);

		if (!r) {
			dev->stats.tx_full++;
			break;
		}
		if (r < 0) {
			dev->stats.tx_errors++;
			uk_netbuf_free(nb[i]);
			continue;
		}
		dev->stats.tx_packets++;
		dev->stats.tx_bytes += len;
	}
	return i;
}

/* Finds the platform's NICs and registers each; exported by the
 * platform's `netdrv` library, called once by uknetdev. */
void uk_netdev_plat_discover(void);

#ifdef __cplusplus
}
#endif

#endif /* __UK_NETDEV_DRIVER_H__ */
