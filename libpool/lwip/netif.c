/* lwIP's network interfaces over uknetdev: one netif per network device,
 * each with a receive thread, configured from netdev.ip=CIDR[:GW[:DNS]]
 * (netcfg.c) or by DHCP; IPv6 link-local and SLAAC addresses always.
 *
 * Receiving: the device lends itself receive buffers that are lwIP pbufs
 * (a pbuf_custom and a uk_netbuf around one allocation), so a frame
 * reaches lwIP without a copy. The receive thread takes frames in bursts
 * and feeds them to lwIP under the core lock (tcpip_input with
 * LWIP_TCPIP_CORE_LOCKING_INPUT: no switch to the tcpip thread); when the
 * queue is empty it sleeps until the device's receive interrupt wakes it
 * (uk_waitq_irq), or, on a device without receive interrupts, for a
 * short while (polling, the fallback).
 * Transmitting copies each frame into a netbuf with the driver's headroom
 * (lwIP's pbufs may be chains of read-only or shared memory) and hands it
 * to the device, which frees it once sent. Where the device completes
 * checksums (transmit checksum offload), lwIP leaves TCP's blank and the
 * frame goes out marked for the device (uk_netbuf_csum_prepare): under
 * emulation, summing every segment is much of the cost of sending. */
#include <uk/alloc.h>
#include <uk/config.h>
#include <uk/lwip.h>
#include <uk/netdev.h>
#include <uk/plat/time.h>
#include <uk/print.h>
#include <uk/sched.h>
#include <uk/waitq.h>
#include <string.h>
#include "lwip/dhcp.h"
#include "lwip/dns.h"
#include "lwip/ethip6.h"
#include "lwip/inet_chksum.h"
#include "lwip/prot/ethernet.h"
#include "lwip/prot/ip.h"
#include "lwip/etharp.h"
#include "lwip/netif.h"
#include "lwip/tcpip.h"
#include "netif/ethernet.h"
#include "netcfg.h"

#define BURST		32
#define POLL_NS		500000ULL	/* polling devices: idle sleep */
#define SAFETY_NS	200000000ULL	/* interrupt mode: re-poll anyway */
#define TX_TRIES	10000		/* full ring: reclaim and retry */

#define SPARE_MAX	512	/* buffers kept per list */
/* Receive buffers: at most this share of the memory free when the
 * device starts (1/8: 57 buffers of about 2.5 KiB in nginx at -m 4M,
 * where a full ring of 256 took 640 KiB of the 1.6 MiB heap; thousands
 * at -m 256, more than the ring and lwIP hold), and at least RX_MIN. */
#define RX_SHARE	8
#define RX_MIN		32

/* Freed buffers of one kind, kept for the next allocation, and how many
 * of that kind exist (out of the allocator), at most @max. */
struct spares {
	void *head;
	unsigned int n;
	unsigned long out, max;
};

struct dev {
	struct netif netif;
	struct uk_netdev *nd;
	struct uk_netdev_info info;
	struct uk_waitq_irq irq;
	volatile int rx_ready;	/* rx_event ran since the last burst */
	int link;		/* the device's link state, last seen */
	int added;		/* the netif is in lwIP's list */
	int intr;		/* receive interrupts in use */
	int rx_csum;		/* the device marks checked frames */
	int tx_csum;		/* the device completes TCP checksums */
	/* Buffers come back to these lists when freed, so that the
	 * allocator sees only the first ones of each. */
	struct spares rx_spares, tx_spares;
};
#define TXBUF_LEN	2048	/* a frame of the MTU and the headroom */

/* A transmit buffer: netbuf and buffer in one block. */
struct txbuf {
	struct uk_netbuf nb;
	struct dev *d;
};

/* A receive buffer: the pbuf lwIP gets, the netbuf the driver fills,
 * then the buffer itself (aligned). */
struct rxbuf {
	struct pbuf_custom pc;
	struct uk_netbuf nb;
	struct dev *d;
};

static void *zalloc_aligned(size_t align, size_t size)
{
	void *p;

	uk_preempt_disable();
	p = uk_memalign(uk_alloc_get_default(), align, size);
	uk_preempt_enable();
	return p;
}

static void block_free(void *p)
{
	uk_preempt_disable();
	uk_free(uk_alloc_get_default(), p);
	uk_preempt_enable();
}

/* A freed block goes on @l (its first word the link: whoever takes it
 * again initializes it), or back to the allocator when @l is full. The
 * pre-emption counter is raised around list changes: frees come from any
 * thread. */
static void spare_put(struct spares *l, void *block)
{
	uk_preempt_disable();
	if (l->n < SPARE_MAX) {
		*(void **)block = l->head;
		l->head = block;
		l->n++;
		block = NULL;
	} else {
		l->out--;
	}
	uk_preempt_enable();
	if (block)
		block_free(block);
}

/* A block from @l, else a new one of @size bytes aligned to @align while
 * @l has fewer than its maximum. */
static void *spare_get(struct spares *l, size_t align, size_t size)
{
	void *block;
	int grow;

	uk_preempt_disable();
	block = l->head;
	if (block) {
		l->head = *(void **)block;
		l->n--;
	}
	grow = !block && l->out < l->max;
	if (grow)
		l->out++;	/* counted first: frees may come meanwhile */
	uk_preempt_enable();
	if (block || !grow)
		return block;
	block = zalloc_aligned(align, size);
	if (!block) {
		uk_preempt_disable();
		l->out--;
		uk_preempt_enable();
	}
	return block;
}

static void rxbuf_pbuf_free(struct pbuf *p)
{
	struct rxbuf *rb = (struct rxbuf *)p;	/* the pbuf_custom's start */

	spare_put(&rb->d->rx_spares, rb);
}

static void rxbuf_nb_free(struct uk_netbuf *nb)
{
	struct rxbuf *rb = nb->priv;

	spare_put(&rb->d->rx_spares, rb);
}

/* A receive buffer's alignment and header (struct rxbuf) size. */
static uint32_t rx_align(const struct dev *d)
{
	return d->info.rx_bufalign ? d->info.rx_bufalign : 64;
}

static uint32_t rx_hdr(const struct dev *d)
{
	return (sizeof(struct rxbuf) + rx_align(d) - 1) & ~(rx_align(d) - 1);
}

static uint16_t alloc_rxpkts(void *argp, struct uk_netbuf *nb[],
			     uint16_t count)
{
	struct dev *d = argp;
	uint32_t align = rx_align(d), hdr = rx_hdr(d);
	struct rxbuf *rb;
	uint16_t i;

	for (i = 0; i < count; i++) {
		rb = spare_get(&d->rx_spares, align, hdr + d->info.rx_buflen);
		if (!rb)
			break;
		rb->d = d;
		rb->pc.custom_free_function = rxbuf_pbuf_free;
		uk_netbuf_init(&rb->nb, (char *)rb + hdr, d->info.rx_buflen,
			       d->info.rx_headroom, rxbuf_nb_free, rb);
		nb[i] = &rb->nb;
	}
	return i;
}

/* Interrupt context: note it, wake the receive thread. */
static void rx_event(struct uk_netdev *nd, uint16_t queue, void *argp)
{
	struct dev *d = argp;

	(void)nd;
	(void)queue;
	d->rx_ready = 1;
	uk_waitq_irq_wake(&d->irq);
}

/* With the device's receive checksum offload, lwIP checks no TCP or UDP
 * checksum (NETIF_SET_CHECKSUM_CTRL): frames the device marked (verified,
 * or from the host's own stack) need none, and this checks the others.
 * @p starts at the Ethernet header. 1: good, or not TCP/UDP. */
static int l4_csum_ok(struct pbuf *p)
{
	const u8_t *e = p->payload, *ip = e + SIZEOF_ETH_HDR;
	u16_t type, len, hl;
	u8_t proto;
	ip_addr_t src, dst;
	int ok = 1;

	if (p->len < SIZEOF_ETH_HDR + 40)
		return 1;	/* too short for lwIP anyway */
	type = (u16_t)(e[12] << 8 | e[13]);
	if (type == ETHTYPE_IP && (ip[0] >> 4) == 4) {
		hl = (u16_t)((ip[0] & 15) * 4);
		len = (u16_t)(ip[2] << 8 | ip[3]);
		proto = ip[9];
		if ((ip[6] & 0x3f) || ip[7] || len < hl)
			return 1;	/* a fragment: after reassembly */
		IP_ADDR4(&src, ip[12], ip[13], ip[14], ip[15]);
		IP_ADDR4(&dst, ip[16], ip[17], ip[18], ip[19]);
	} else if (type == ETHTYPE_IPV6 && (ip[0] >> 4) == 6) {
		hl = 40;
		len = (u16_t)((ip[4] << 8 | ip[5]) + 40);
		proto = ip[6];
		IP_ADDR6(&src, 0, 0, 0, 0);
		IP_ADDR6(&dst, 0, 0, 0, 0);
		memcpy(ip_2_ip6(&src)->addr, ip + 8, 16);
		memcpy(ip_2_ip6(&dst)->addr, ip + 24, 16);
	} else {
		return 1;
	}
	if ((proto != IP_PROTO_TCP && proto != IP_PROTO_UDP) ||
	    SIZEOF_ETH_HDR + len > p->tot_len)
		return 1;	/* lwIP drops the short ones */
	if (proto == IP_PROTO_UDP && type == ETHTYPE_IP &&
	    p->len >= SIZEOF_ETH_HDR + hl + 8 &&
	    !ip[hl + 6] && !ip[hl + 7])
		return 1;	/* IPv4 UDP without a checksum */
	if (pbuf_remove_header(p, SIZEOF_ETH_HDR + hl))
		return 1;
	ok = ip_chksum_pseudo_partial(p, proto, len - hl, len - hl, &src,
				      &dst) == 0;
	pbuf_add_header_force(p, SIZEOF_ETH_HDR + hl);	/* PBUF_REF: forced */
	return ok;
}

/* A received frame (maybe a chain of buffers) as a pbuf chain. */
static struct pbuf *to_pbuf(struct uk_netbuf *nb)
{
	struct pbuf *head = NULL, *p;
	struct uk_netbuf *next;
	struct rxbuf *rb;

	for (; nb; nb = next) {
		next = nb->next;
		nb->next = NULL;
		rb = nb->priv;
		p = pbuf_alloced_custom(PBUF_RAW, nb->len, PBUF_REF, &rb->pc,
					nb->data, nb->len);
		if (head)
			pbuf_cat(head, p);
		else
			head = p;
	}
	return head;
}

/* The netif's link follows the device's (core lock held). */
static void link_apply(struct dev *d)
{
	if (d->link)
		netif_set_link_up(&d->netif);
	else
		netif_set_link_down(&d->netif);
}

/* uknetdev's link_event (thread context: uk_netdev_start, before the
 * netif exists, or uk_netdev_link_up from the receive thread). */
static void link_event(struct uk_netdev *nd, int up, void *argp)
{
	struct dev *d = argp;

	(void)nd;
	d->link = up;
	if (d->added) {
		LOCK_TCPIP_CORE();
		link_apply(d);
		UNLOCK_TCPIP_CORE();
	}
}

static void rx_wait(struct dev *d)
{
	unsigned long long until = 0;

	if (!d->intr) {
		uk_thread_sleep_ns(POLL_NS);
		return;
	}
	/* The safety deadline on a grid of SAFETY_NS (one to two of them
	 * away), not now + SAFETY_NS: the earliest deadline the idle CPU
	 * halts to then stays the same from packet to packet, and the
	 * platform need not re-arm its timer each time (kvm under TCG: a
	 * wake-up of the emulator's main loop per packet). */
	if (ukplat_monotonic_clock)
		until = (ukplat_monotonic_clock() / SAFETY_NS + 2) * SAFETY_NS;
	uk_preempt_disable();
	while (!d->rx_ready)
		if (uk_waitq_wait(&d->irq.wq, until))
			break;
	d->rx_ready = 0;
	uk_preempt_enable();
}

static void *rx_thread(void *arg)
{
	struct dev *d = arg;
	struct uk_netbuf *nb[BURST];
	struct pbuf *p;
	int n, i;

	for (;;) {
		if (!netif_is_link_up(&d->netif))
			uk_netdev_link_up(d->nd);	/* runs link_event */
		n = uk_netdev_rx_burst(d->nd, 0, nb, BURST);
		for (i = 0; i < n; i++) {
			int marked = nb[i]->flags & (UK_NETBUF_F_CSUM_VALID |
						     UK_NETBUF_F_CSUM_PARTIAL);

			p = to_pbuf(nb[i]);
			if (d->rx_csum && !marked && !l4_csum_ok(p))
				pbuf_free(p);	/* a bad checksum */
			else if (d->netif.input(p, &d->netif) != ERR_OK)
				pbuf_free(p);
		}
		if (n < BURST)
			rx_wait(d);
		else
			uk_thread_yield();	/* let readers drain sockets */
	}
	return NULL;
}

static void txbuf_free(struct uk_netbuf *nb)
{
	struct txbuf *tb = nb->priv;

	spare_put(&tb->d->tx_spares, tb);
}

/* A netbuf for @len bytes of frame behind the driver's headroom. */
static struct uk_netbuf *txbuf_get(struct dev *d, uint32_t len)
{
	uint32_t hdr = (sizeof(struct txbuf) + 63) & ~63u;
	uint32_t room = d->info.tx_headroom;
	struct txbuf *tb = NULL;

	if (room + len > TXBUF_LEN) {	/* larger than the MTU: one-off */
		struct uk_netbuf *nb;

		uk_preempt_disable();
		nb = uk_netbuf_alloc(uk_alloc_get_default(), room + len, 64,
				     room, 0);
		uk_preempt_enable();
		return nb;
	}
	tb = spare_get(&d->tx_spares, 64, hdr + TXBUF_LEN);
	if (!tb)
		return NULL;
	tb->d = d;
	uk_netbuf_init(&tb->nb, (char *)tb + hdr, TXBUF_LEN, room, txbuf_free,
		       tb);
	return &tb->nb;
}

/* A TCP segment over IPv4 or IPv6, whose checksum lwIP left to the device
 * (a netif with tx_csum). UDP keeps lwIP's checksum: lwIP fragments large
 * datagrams after summing them, and a device cannot sum fragments. */
static int is_tcp(const u8_t *f, u16_t len)
{
	u16_t type;

	if (len < SIZEOF_ETH_HDR + IP_HLEN)
		return 0;
	type = (u16_t)(f[12] << 8 | f[13]);
	f += SIZEOF_ETH_HDR;
	if (type == ETHTYPE_IP)
		return (f[0] >> 4) == 4 && f[9] == IP_PROTO_TCP;
	return type == ETHTYPE_IPV6 && len >= SIZEOF_ETH_HDR + 40 &&
	       (f[0] >> 4) == 6 && f[6] == IP_PROTO_TCP;
}

/* lwIP's linkoutput: the frame copied into a netbuf with the driver's
 * headroom. */
static err_t linkoutput(struct netif *netif, struct pbuf *p)
{
	struct dev *d = netif->state;
	struct uk_netbuf *nb;
	int i, r;

	nb = txbuf_get(d, p->tot_len);
	if (!nb)
		return ERR_MEM;
	pbuf_copy_partial(p, nb->data, p->tot_len, 0);
	nb->len = p->tot_len;
	if (d->tx_csum && is_tcp(nb->data, nb->len) &&
	    uk_netbuf_csum_prepare(nb) < 0) {
		uk_netbuf_free(nb);	/* cannot happen for lwIP's frames */
		return ERR_VAL;
	}
	for (i = 0; i < TX_TRIES; i++) {
		r = uk_netdev_tx_burst(d->nd, 0, &nb, 1);
		if (r == 1)
			return ERR_OK;
		if (r < 0)
			break;
	}
	uk_netbuf_free(nb);
	return ERR_BUF;	/* dropped: TCP retransmits */
}

static err_t dev_netif_init(struct netif *netif)
{
	struct dev *d = netif->state;

	netif->name[0] = 'e';
	netif->name[1] = 'n';
	netif->hwaddr_len = ETH_HWADDR_LEN;
	memcpy(netif->hwaddr, uk_netdev_hwaddr_get(d->nd)->addr,
	       ETH_HWADDR_LEN);
	netif->mtu = uk_netdev_mtu_get(d->nd);
	netif->mtu6 = netif->mtu;
	netif->flags = NETIF_FLAG_BROADCAST | NETIF_FLAG_ETHARP |
		       NETIF_FLAG_ETHERNET | NETIF_FLAG_IGMP |
		       NETIF_FLAG_MLD6;
	netif->output = etharp_output;
	netif->output_ip6 = ethip6_output;
	netif->linkoutput = linkoutput;
	if (d->rx_csum)
		NETIF_SET_CHECKSUM_CTRL(netif, NETIF_CHECKSUM_ENABLE_ALL &
				~(NETIF_CHECKSUM_CHECK_TCP | NETIF_CHECKSUM_CHECK_UDP |
				  (d->tx_csum ? NETIF_CHECKSUM_GEN_TCP : 0)));
	return ERR_OK;
}

/* Probes, configures and starts device @nd: 0 or a negative errno. */
static int dev_start(struct dev *d)
{
	struct uk_netdev_conf conf = { .nb_rx_queues = 1, .nb_tx_queues = 1,
				       .link_event = link_event,
				       .link_event_argp = d };
	struct uk_netdev_rxq_conf rxq = { .alloc_rxpkts = alloc_rxpkts,
					  .alloc_rxpkts_argp = d };
	int r;

	r = uk_netdev_probe(d->nd);
	if (r)
		return r;
	uk_netdev_info_get(d->nd, &d->info);
	/* Receive buffers from the memory there is (the device's ring
	 * holds what it gets; a frame waits in the host while none is
	 * free). */
	d->rx_spares.max = (unsigned long)uk_alloc_availmem(
		uk_alloc_get_default()) / RX_SHARE /
		(rx_hdr(d) + d->info.rx_buflen);
	if (d->rx_spares.max < RX_MIN)
		d->rx_spares.max = RX_MIN;
	d->tx_spares.max = -1UL;
	/* Receive checksums, and large receive (the host's TCP segments up
	 * to 64 KiB, which lwIP takes whole), where the device has them. */
	if (d->info.features & UK_NETDEV_F_RX_CSUM)
		conf.offloads = d->info.features &
				(UK_NETDEV_F_RX_CSUM | UK_NETDEV_F_RX_LRO);
	d->rx_csum = !!conf.offloads;
	/* Transmit checksums too, only with receive checksums: a segment
	 * lwIP sends to its own address comes back through the loopback
	 * path unsummed, and must not be checked (CHECK_TCP off). */
	if (d->rx_csum && (d->info.features & UK_NETDEV_F_TX_CSUM) &&
	    UK_OPT(LWIP_TX_CSUM))
		conf.offloads |= UK_NETDEV_F_TX_CSUM;
	d->tx_csum = !!(conf.offloads & UK_NETDEV_F_TX_CSUM);
	r = uk_netdev_configure(d->nd, &conf);
	if (r)
		return r;
	d->intr = !!(d->info.features & UK_NETDEV_F_RXQ_INTR);
	if (d->intr) {
		uk_waitq_irq_init(&d->irq);
		rxq.rx_event = rx_event;
		rxq.rx_event_argp = d;
		/* A peer's answer comes tens of microseconds after our
		 * request: spinning that long before halting saves the
		 * emulator's wake-up of a halted vCPU per packet. */
		if (ukplat_halt_poll_max && UK_OPT(LWIP_HALT_POLL_US))
			ukplat_halt_poll_max(UK_OPT(LWIP_HALT_POLL_US) *
					     1000ULL);
	}
	r = uk_netdev_rxq_configure(d->nd, 0, 0, &rxq);
	if (!r)
		r = uk_netdev_txq_configure(d->nd, 0, 0, NULL);
	if (!r)
		r = uk_netdev_start(d->nd);
	return r;
}

/* Adds the netif of @d with its addresses (lwIP's core lock held). */
static void dev_netif_add(struct dev *d, const struct _lwip_netcfg *cfg,
			  int first)
{
	struct netif *n = &d->netif;

	netif_add(n, &cfg->ip, &cfg->mask, &cfg->gw, d, dev_netif_init,
		  tcpip_input);
	if (first)
		netif_set_default(n);
	netif_create_ip6_linklocal_address(n, 1);
	netif_set_ip6_autoconfig_enabled(n, 1);
	netif_set_up(n);
	d->added = 1;
	link_apply(d);
	if (!cfg->set)
		dhcp_start(n);
}

int _lwip_netifs_start(void)
{
	struct _lwip_netcfg cfg;
	struct uk_thread_attr attr = { .detached = 1, .name = "netif-rx" };
	unsigned int i, n = uk_netdev_count(), up = 0;
	struct dev *d;
	int r;

	for (i = 0; i < n; i++) {
		d = zalloc_aligned(64, sizeof(*d));
		if (!d)
			return -ENOMEM;
		memset(d, 0, sizeof(*d));
		d->nd = uk_netdev_get(i);
		r = dev_start(d);
		if (r) {
			uk_pr_warn("lwip: netdev%u: not started (%d)\n", i, r);
			block_free(d);
			continue;
		}
		_lwip_netcfg_get(up, &cfg);
		LOCK_TCPIP_CORE();
		dev_netif_add(d, &cfg, !up);
		UNLOCK_TCPIP_CORE();
		if (cfg.set && !ip_addr_isany(&cfg.dns))
			dns_setserver(0, &cfg.dns);
		if (uk_thread_create(NULL, &attr, rx_thread, d))
			return -ENOMEM;
		_lwip_netcfg_print(&d->netif, i, uk_netdev_drv_name(d->nd),
				   d->intr, d->rx_spares.max);
		up++;
	}
	if (up)
		_lwip_dhcp_wait();
	return 0;
}
