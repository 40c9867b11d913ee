/* The data path: straight to the driver (LTO inlines the wrapper), with
 * assertions only: these run once per batch of frames. */
#include <uk/assert.h>
#include <uk/netdev_driver.h>

int uk_netdev_rx_burst(struct uk_netdev *dev, uint16_t queue,
		       struct uk_netbuf *nb[], uint16_t n)
{
	UK_ASSERT(dev->state == UK_NETDEV_RUNNING);
	UK_ASSERT(queue < dev->conf.nb_rx_queues);
	return dev->ops->rx_burst(dev, queue, nb, n);
}

int uk_netdev_tx_burst(struct uk_netdev *dev, uint16_t queue,
		       struct uk_netbuf *nb[], uint16_t n)
{
	UK_ASSERT(dev->state == UK_NETDEV_RUNNING);
	UK_ASSERT(queue < dev->conf.nb_tx_queues);
	return dev->ops->tx_burst(dev, queue, nb, n);
}
