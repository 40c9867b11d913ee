/* Device attributes: MAC address, MTU, counters, receive interrupt
 * mode. */
#include <errno.h>
#include <uk/netdev_driver.h>

const struct uk_hwaddr *uk_netdev_hwaddr_get(const struct uk_netdev *dev)
{
	return &dev->hwaddr;
}

int uk_netdev_hwaddr_set(struct uk_netdev *dev, const struct uk_hwaddr *a)
{
	int rc;

	if (dev->state == UK_NETDEV_UNPROBED)
		return -EINVAL;
	if (a->addr[0] & 1)		/* a group address */
		return -EINVAL;
	if (!dev->ops->hwaddr_set)
		return -ENOTSUP;
	rc = dev->ops->hwaddr_set(dev, a);
	if (rc < 0)
		return rc;
	dev->hwaddr = *a;
	return 0;
}

uint16_t uk_netdev_mtu_get(const struct uk_netdev *dev)
{
	return dev->mtu;
}

int uk_netdev_mtu_set(struct uk_netdev *dev, uint16_t mtu)
{
	struct uk_netdev_info info;
	int rc;

	if (dev->state == UK_NETDEV_UNPROBED)
		return -EINVAL;
	uk_netdev_info_get(dev, &info);
	if (mtu < 68 || mtu > info.max_mtu)
		return -EINVAL;
	if (mtu == dev->mtu)
		return 0;
	if (!dev->ops->mtu_set)
		return -ENOTSUP;
	rc = dev->ops->mtu_set(dev, mtu);
	if (rc < 0)
		return rc;
	dev->mtu = mtu;
	return 0;
}

void uk_netdev_stats_get(const struct uk_netdev *dev,
			 struct uk_netdev_stats *st)
{
	*st = dev->stats;
}

int uk_netdev_rxq_intr_enable(struct uk_netdev *dev, uint16_t queue)
{
	if (dev->state != UK_NETDEV_RUNNING ||
	    queue >= dev->conf.nb_rx_queues || !dev->rxq_conf[queue].rx_event)
		return -EINVAL;
	if (!dev->ops->rxq_intr_enable)
		return -ENOTSUP;
	return dev->ops->rxq_intr_enable(dev, queue);
}

int uk_netdev_rxq_intr_disable(struct uk_netdev *dev, uint16_t queue)
{
	if (dev->state != UK_NETDEV_RUNNING ||
	    queue >= dev->conf.nb_rx_queues)
		return -EINVAL;
	if (!dev->ops->rxq_intr_disable)
		return -ENOTSUP;
	return dev->ops->rxq_intr_disable(dev, queue);
}
