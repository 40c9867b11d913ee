/* The device list and the control path: each consumer call checks the
 * device's state and its arguments, keeps the configuration and calls
 * the driver (uk/netdev.h has the contract). */
#include <errno.h>
#include <string.h>
#include <uk/assert.h>
#include <uk/netdev_driver.h>

static struct uk_netdev *devs, **devs_tail = &devs;
static unsigned int ndevs;
static int discovered;

int uk_netdev_drv_register(struct uk_netdev *dev)
{
	UK_ASSERT(dev && dev->ops && dev->drv_name);
	if (ndevs >= 0xffff)
		return -ENOSPC;
	dev->state = UK_NETDEV_UNPROBED;
	dev->id = ndevs++;
	dev->link_seen = -1;
	dev->next = 0;
	*devs_tail = dev;
	devs_tail = &dev->next;
	uk_pr_info("netdev%u: %s\n", dev->id, dev->drv_name);
	return (int)dev->id;
}

unsigned int uk_netdev_count(void)
{
	if (!discovered) {
		discovered = 1;
		uk_netdev_plat_discover();
	}
	return ndevs;
}

struct uk_netdev *uk_netdev_get(unsigned int id)
{
	struct uk_netdev *d;

	uk_netdev_count();
	for (d = devs; d; d = d->next)
		if (d->id == id)
			return d;
	return 0;
}

unsigned int uk_netdev_id(const struct uk_netdev *dev)
{
	return dev->id;
}

const char *uk_netdev_drv_name(const struct uk_netdev *dev)
{
	return dev->drv_name;
}

enum uk_netdev_state uk_netdev_state_get(const struct uk_netdev *dev)
{
	return dev->state;
}

int uk_netdev_probe(struct uk_netdev *dev)
{
	int rc;

	if (dev->state != UK_NETDEV_UNPROBED)
		return -EINVAL;
	rc = dev->ops->probe(dev);
	if (rc < 0)
		return rc;
	dev->state = UK_NETDEV_UNCONFIGURED;
	return 0;
}

void uk_netdev_info_get(struct uk_netdev *dev, struct uk_netdev_info *info)
{
	UK_ASSERT(dev->state != UK_NETDEV_UNPROBED);
	memset(info, 0, sizeof(*info));
	dev->ops->info_get(dev, info);
}

int uk_netdev_configure(struct uk_netdev *dev,
			const struct uk_netdev_conf *conf)
{
	struct uk_netdev_info info;
	int rc;

	if (dev->state != UK_NETDEV_UNCONFIGURED)
		return -EINVAL;
	uk_netdev_info_get(dev, &info);
	if (!conf->nb_rx_queues || conf->nb_rx_queues > info.max_rx_queues ||
	    !conf->nb_tx_queues || conf->nb_tx_queues > info.max_tx_queues ||
	    conf->nb_rx_queues > UK_NETDEV_MAX_QUEUES ||
	    conf->nb_tx_queues > UK_NETDEV_MAX_QUEUES ||
	    (conf->offloads & ~(info.features & UK_NETDEV_F_OFFLOADS)) ||
	    ((conf->offloads & UK_NETDEV_F_RX_LRO) &&
	     !(conf->offloads & UK_NETDEV_F_RX_CSUM)))
		return -EINVAL;
	rc = dev->ops->configure(dev, conf);
	if (rc < 0)
		return rc;
	dev->conf = *conf;
	memset(dev->rxq_ready, 0, sizeof(dev->rxq_ready));
	memset(dev->txq_ready, 0, sizeof(dev->txq_ready));
	dev->state = UK_NETDEV_CONFIGURED;
	return 0;
}

int uk_netdev_rxq_configure(struct uk_netdev *dev, uint16_t queue,
			    uint16_t nb_desc,
			    const struct uk_netdev_rxq_conf *conf)
{
	int rc;

	if (dev->state != UK_NETDEV_CONFIGURED ||
	    queue >= dev->conf.nb_rx_queues || !conf || !conf->alloc_rxpkts)
		return -EINVAL;
	dev->rxq_conf[queue] = *conf;
	rc = dev->ops->rxq_configure(dev, queue, nb_desc, conf);
	dev->rxq_ready[queue] = rc >= 0;
	return rc < 0 ? rc : 0;
}

int uk_netdev_txq_configure(struct uk_netdev *dev, uint16_t queue,
			    uint16_t nb_desc,
			    const struct uk_netdev_txq_conf *conf)
{
	static const struct uk_netdev_txq_conf none;
	int rc;

	if (dev->state != UK_NETDEV_CONFIGURED ||
	    queue >= dev->conf.nb_tx_queues)
		return -EINVAL;
	rc = dev->ops->txq_configure(dev, queue, nb_desc, conf ? conf : &none);
	dev->txq_ready[queue] = rc >= 0;
	return rc < 0 ? rc : 0;
}

/* Runs link_event when the state differs from the last one reported. */
static int link_check(struct uk_netdev *dev)
{
	int up = dev->ops->link_up ? dev->ops->link_up(dev) > 0 : 1;

	if (up != dev->link_seen) {
		dev->link_seen = up;
		if (dev->conf.link_event)
			dev->conf.link_event(dev, up,
					     dev->conf.link_event_argp);
	}
	return up;
}

int uk_netdev_start(struct uk_netdev *dev)
{
	unsigned int q;
	int rc;

	if (dev->state != UK_NETDEV_CONFIGURED)
		return -EINVAL;
	for (q = 0; q < dev->conf.nb_rx_queues; q++)
		if (!dev->rxq_ready[q])
			return -EINVAL;
	for (q = 0; q < dev->conf.nb_tx_queues; q++)
		if (!dev->txq_ready[q])
			return -EINVAL;
	rc = dev->ops->start(dev);
	if (rc < 0)
		return rc;
	dev->state = UK_NETDEV_RUNNING;
	link_check(dev);
	return 0;
}

int uk_netdev_stop(struct uk_netdev *dev)
{
	int rc;

	if (dev->state != UK_NETDEV_RUNNING)
		return -EINVAL;
	if (!dev->ops->stop)
		return -ENOTSUP;
	rc = dev->ops->stop(dev);
	if (rc < 0)
		return rc;
	dev->state = UK_NETDEV_CONFIGURED;
	return 0;
}

int uk_netdev_link_up(struct uk_netdev *dev)
{
	UK_ASSERT(dev->state != UK_NETDEV_UNPROBED);
	return link_check(dev);
}
