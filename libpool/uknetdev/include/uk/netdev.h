/*
 * Network devices (uknetdev), the consumer's side: what a network stack
 * (lwIP's netif) or a raw-frame program calls. Drivers implement
 * <uk/netdev_driver.h>; frames travel in netbufs (<uk/netbuf.h>).
 * Documentation: docs/net.md.
 *
 * A device goes through four states, in this order:
 *
 *   UNPROBED      found by its driver (uk_netdev_count() finds them all)
 *      | uk_netdev_probe(): the driver talks to the device (reset,
 *      v   feature negotiation, MAC address, MTU)
 *   UNCONFIGURED  uk_netdev_info_get() tells what it can do
 *      | uk_netdev_configure(): queue counts, offloads
 *      v
 *   CONFIGURED    uk_netdev_rxq_configure() / uk_netdev_txq_configure()
 *      | uk_netdev_start()          for every queue, then start
 *      v       ^ uk_netdev_stop()
 *   RUNNING       frames move: uk_netdev_rx_burst(), uk_netdev_tx_burst()
 *
 * Receiving: the stack lends the driver empty netbufs through the
 * queue's allocator callback (so frames land in the stack's own memory
 * and reach it without a copy), and takes filled ones with
 * uk_netdev_rx_burst(). Either by interrupt: the queue's rx_event
 * callback runs from the device's interrupt and wakes the stack's
 * thread, which calls uk_netdev_rx_burst() until it returns fewer frames
 * than asked (the queue is empty and its interrupt armed again); or by
 * polling: no rx_event (or uk_netdev_rxq_intr_disable()), and the stack
 * calls uk_netdev_rx_burst() when it likes, with the device's
 * notifications suppressed.
 * Transmitting: uk_netdev_tx_burst() hands frames to the device, which
 * owns them until it is done and then frees them (uk_netbuf_free());
 * completed frames are reclaimed inside later calls, so no transmit
 * interrupt is needed.
 *
 * One thread at a time per queue: the stack serialises the calls on
 * one receive queue, and those on one transmit queue, itself. Control
 * calls (probe .. stop, set calls) come from thread context.
 * Functions returning int return 0 (or a count) or a negative errno.
 */
#ifndef __UK_NETDEV_H__
#define __UK_NETDEV_H__

#include <stdint.h>
#include <uk/netbuf.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_netdev;

enum uk_netdev_state {
	UK_NETDEV_UNPROBED,
	UK_NETDEV_UNCONFIGURED,
	UK_NETDEV_CONFIGURED,
	UK_NETDEV_RUNNING,
};

/* Most queues per direction any device offers through uknetdev. */
#define UK_NETDEV_MAX_QUEUES	4

#define UK_NETDEV_HWADDR_LEN	6
struct uk_hwaddr {
	uint8_t addr[UK_NETDEV_HWADDR_LEN];
};

/* Capabilities (uk_netdev_info.features). */
#define UK_NETDEV_F_RXQ_INTR	0x01	/* receive interrupts (rx_event) */
#define UK_NETDEV_F_TX_SG	0x02	/* transmits netbuf chains */
#define UK_NETDEV_F_RX_MRG	0x04	/* may receive a frame as a chain */
/* Offloads: capabilities that uk_netdev_conf.offloads turns on. */
#define UK_NETDEV_F_TX_CSUM	0x10	/* completes UK_NETBUF_F_CSUM_PARTIAL */
#define UK_NETDEV_F_RX_CSUM	0x20	/* marks received checksums */
/* Large receive: the device may hand over TCP frames larger than the MTU
 * (up to 64 KiB of IP packet: segments the host coalesced, marked
 * UK_NETBUF_F_CSUM_PARTIAL or _VALID), usually as chains. Only for a
 * consumer that takes IP packets up to 65535 bytes; it needs RX_CSUM. */
#define UK_NETDEV_F_RX_LRO	0x40
#define UK_NETDEV_F_OFFLOADS	(UK_NETDEV_F_TX_CSUM | UK_NETDEV_F_RX_CSUM | \
				 UK_NETDEV_F_RX_LRO)

struct uk_netdev_info {
	uint16_t max_rx_queues;	/* >= 1 */
	uint16_t max_tx_queues;	/* >= 1 */
	uint16_t max_mtu;	/* largest MTU uk_netdev_mtu_set() takes */
	/* Bytes the driver writes in front of each frame it sends (its
	 * own header, e.g. virtio-net's): the first segment of every
	 * transmitted frame needs at least this much headroom. */
	uint16_t tx_headroom;
	/* What each receive buffer from the allocator callback must give:
	 * @rx_headroom bytes of headroom, a buffer of at least @rx_buflen
	 * bytes in all, @buf aligned to @rx_bufalign. */
	uint16_t rx_headroom;
	uint32_t rx_buflen;
	uint32_t rx_bufalign;
	uint16_t tx_max_segs;	/* most segments in one transmitted frame */
	uint32_t features;	/* UK_NETDEV_F_* */
};

/* Called in thread context when the link state seen by
 * uk_netdev_start() or uk_netdev_link_up() differs from the last one
 * seen (the first time: always): up (@up 1) or down (0). */
typedef void (*uk_netdev_link_event_t)(struct uk_netdev *dev, int up,
				       void *argp);

struct uk_netdev_conf {
	uint16_t nb_rx_queues;	/* 1 .. info.max_rx_queues */
	uint16_t nb_tx_queues;	/* 1 .. info.max_tx_queues */
	uint32_t offloads;	/* UK_NETDEV_F_OFFLOADS bits from features */
	uk_netdev_link_event_t link_event;	/* may be NULL */
	void *link_event_argp;
};

/* Fills @nb[0 .. @count) with empty netbufs (see uk_netdev_info for
 * their size) and returns how many it gave; fewer when out of memory.
 * Called from uk_netdev_rxq_configure(), uk_netdev_start() and inside
 * uk_netdev_rx_burst() (never from an interrupt). */
typedef uint16_t (*uk_netdev_alloc_rxpkts_t)(void *argp,
					     struct uk_netbuf *nb[],
					     uint16_t count);

/* Called from the device's interrupt handler when frames arrived on
 * @queue of @dev. It runs in interrupt context: it may do only what
 * the platform's interrupt contract lets a handler do (wake a thread),
 * never uk_netdev_rx_burst(). The queue's interrupt stays off until a
 * uk_netdev_rx_burst() finds the queue empty. */
typedef void (*uk_netdev_rx_event_t)(struct uk_netdev *dev, uint16_t queue,
				     void *argp);

struct uk_netdev_rxq_conf {
	uk_netdev_alloc_rxpkts_t alloc_rxpkts;	/* required */
	void *alloc_rxpkts_argp;
	uk_netdev_rx_event_t rx_event;	/* NULL: the queue is polled */
	void *rx_event_argp;
};

struct uk_netdev_txq_conf {
	uint32_t reserved;	/* 0 */
};

/* Counters since the device was found; drivers keep them. */
struct uk_netdev_stats {
	uint64_t rx_packets;	/* frames handed to the consumer */
	uint64_t rx_bytes;	/* their bytes (Ethernet header on) */
	uint64_t rx_dropped;	/* frames lost in the guest: no buffer */
	uint64_t rx_errors;	/* frames the driver rejected */
	uint64_t rx_irqs;	/* receive interrupts that ran rx_event */
	uint64_t tx_packets;	/* frames the device took */
	uint64_t tx_bytes;
	uint64_t tx_errors;	/* frames the driver could not send */
	uint64_t tx_full;	/* tx_burst calls stopped by a full ring */
	uint64_t tx_kicks;	/* notifications sent to the device */
};

/* The number of network devices, after finding them (the first call
 * runs the platform's NIC drivers: uk_netdev_plat_discover()). */
unsigned int uk_netdev_count(void);

/* Device @id (0 .. count - 1), or NULL. */
struct uk_netdev *uk_netdev_get(unsigned int id);

/* @dev's index for uk_netdev_get(). */
unsigned int uk_netdev_id(const struct uk_netdev *dev);

/* The driver's name ("virtio-net", "netfront", "tap"). */
const char *uk_netdev_drv_name(const struct uk_netdev *dev);

enum uk_netdev_state uk_netdev_state_get(const struct uk_netdev *dev);

/* UNPROBED -> UNCONFIGURED: the driver resets the device, negotiates
 * its features and reads its address and MTU. -EINVAL in another
 * state; the driver's error (the device stays UNPROBED). */
int uk_netdev_probe(struct uk_netdev *dev);

/* What @dev can do (UNCONFIGURED or later). */
void uk_netdev_info_get(struct uk_netdev *dev, struct uk_netdev_info *info);

/* UNCONFIGURED -> CONFIGURED with @conf (copied). -EINVAL: a state,
 * queue count or offload @dev does not have. */
int uk_netdev_configure(struct uk_netdev *dev,
			const struct uk_netdev_conf *conf);

/* Sets up receive queue @queue (CONFIGURED) with @nb_desc descriptors
 * (0: the driver's default; rounded to what the device takes) and
 * @conf (copied); fills it with buffers from the allocator. -EINVAL,
 * -ENOMEM. */
int uk_netdev_rxq_configure(struct uk_netdev *dev, uint16_t queue,
			    uint16_t nb_desc,
			    const struct uk_netdev_rxq_conf *conf);

/* Sets up transmit queue @queue (CONFIGURED); @conf may be NULL. */
int uk_netdev_txq_configure(struct uk_netdev *dev, uint16_t queue,
			    uint16_t nb_desc,
			    const struct uk_netdev_txq_conf *conf);

/* CONFIGURED -> RUNNING once every configured queue is set up; receive
 * interrupts are armed on queues that have an rx_event. -EINVAL. */
int uk_netdev_start(struct uk_netdev *dev);

/* RUNNING -> CONFIGURED: frames stop moving; queues keep their setup,
 * and uk_netdev_start() resumes. -EINVAL, -ENOTSUP. */
int uk_netdev_stop(struct uk_netdev *dev);

/* The MAC address (UNCONFIGURED or later). */
const struct uk_hwaddr *uk_netdev_hwaddr_get(const struct uk_netdev *dev);

/* Changes the MAC address: -ENOTSUP where the device cannot. */
int uk_netdev_hwaddr_set(struct uk_netdev *dev, const struct uk_hwaddr *a);

/* The MTU: the largest frame payload (without Ethernet header). */
uint16_t uk_netdev_mtu_get(const struct uk_netdev *dev);

/* Sets the MTU (68 .. info.max_mtu): -EINVAL, -ENOTSUP. */
int uk_netdev_mtu_set(struct uk_netdev *dev, uint16_t mtu);

/* 1 when the link is up, 0 when down (devices without link state
 * report 1); reading it also runs link_event if the state changed. */
int uk_netdev_link_up(struct uk_netdev *dev);

/* Copies @dev's counters to @st. */
void uk_netdev_stats_get(const struct uk_netdev *dev,
			 struct uk_netdev_stats *st);

/* Takes up to @n received frames from @queue (RUNNING) into @nb and
 * returns how many; each is the caller's now (uk_netbuf_free()), its
 * payload starting at the Ethernet header. Fewer than @n: the queue is
 * empty (in interrupt mode, its interrupt is armed again). Refills the
 * queue through the allocator callback. */
int uk_netdev_rx_burst(struct uk_netdev *dev, uint16_t queue,
		       struct uk_netbuf *nb[], uint16_t n);

/* Hands up to @n frames (@nb, each with info.tx_headroom bytes of
 * headroom, payload from the Ethernet header on) to @queue (RUNNING)
 * and returns how many the device took: those are the driver's now,
 * freed when sent; the rest stay the caller's (the ring is full: try
 * again later). A frame the driver cannot send (too long, too many
 * segments) is taken, counted in tx_errors and freed. Sent frames are
 * freed inside these calls: @n = 0 (@nb may be NULL) only frees those,
 * for a consumer short of buffers that has nothing to send. */
int uk_netdev_tx_burst(struct uk_netdev *dev, uint16_t queue,
		       struct uk_netbuf *nb[], uint16_t n);

/* One frame: 1 (received into *@nb / sent), 0 (none / ring full) or a
 * negative errno. */
static inline int uk_netdev_rx_one(struct uk_netdev *dev, uint16_t queue,
				   struct uk_netbuf **nb)
{
	return uk_netdev_rx_burst(dev, queue, nb, 1);
}

static inline int uk_netdev_tx_one(struct uk_netdev *dev, uint16_t queue,
				   struct uk_netbuf *nb)
{
	return uk_netdev_tx_burst(dev, queue, &nb, 1);
}

/* Interrupt mode on @queue (it needs an rx_event): 0 when armed, 1 when
 * frames are waiting already (receive them: the interrupt is armed
 * when a uk_netdev_rx_burst() finds the queue empty), -ENOTSUP without
 * receive interrupts. */
int uk_netdev_rxq_intr_enable(struct uk_netdev *dev, uint16_t queue);

/* Polling mode on @queue: no rx_event until uk_netdev_rxq_intr_enable().
 * -ENOTSUP without receive interrupts. */
int uk_netdev_rxq_intr_disable(struct uk_netdev *dev, uint16_t queue);

#ifdef __cplusplus
}
#endif

#endif /* __UK_NETDEV_H__ */
