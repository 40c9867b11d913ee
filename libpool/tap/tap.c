/*
 * linuxu's NIC: each name in UKNETDEV_TAP (comma-separated) is a Linux
 * tap interface opened through /dev/net/tun with IFF_TAP | IFF_NO_PI, so
 * one read() is one Ethernet frame and one write() sends one. The
 * descriptor is non-blocking: rx_burst reads until the kernel has no
 * more (EAGAIN), tx_burst writes until it refuses (EAGAIN = ring full).
 * Frames go straight between the kernel and the stack's netbufs (the
 * kernel's copy is the only one). Receive interrupts are the platform's
 * SIGIO on the descriptor (uk/plat/irq.h), where it has them.
 */
#include <errno.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/netdev_driver.h>
#include <uk/plat/irq.h>
#include <uk/plat/linuxu.h>
#include <uk/print.h>
#include "tap_sys.h"

#define ENVNAME		"UKNETDEV_TAP="
#define IFNAMSIZ	16
#define TUNSETIFF	0x400454caL
#define IFF_TAP		0x0002
#define IFF_NO_PI	0x1000
#define O_RDWR		02
#define O_NONBLOCK	04000
#define O_CLOEXEC	02000000
#define POOL		64	/* receive buffers kept ready */
#define MAX_SEGS	16	/* iovecs per writev */
#define MAX_MTU		9000

struct ifreq_tap {
	char name[IFNAMSIZ];
	short flags;
	char pad[22];
};

struct iovec_tap {
	void *base;
	unsigned long len;
};

struct tapdev {
	struct uk_netdev dev;
	char name[IFNAMSIZ];
	int fd;
	struct uk_netbuf *pool[POOL];	/* empty receive buffers */
	int npool;
	int intr;		/* the consumer wants rx_event */
	int irq_on;		/* our SIGIO handler is registered */
	volatile int armed;	/* rx_event due at the next frame */
};

#define TAP(d) ((struct tapdev *)(d))

static int tap_probe(struct uk_netdev *d)
{
	struct tapdev *t = TAP(d);
	struct ifreq_tap ifr;
	unsigned int h = 2166136261u, i;
	long fd, rc;

	fd = _tap_open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		uk_pr_err("tap %s: /dev/net/tun: error %ld\n", t->name, -fd);
		return (int)fd;
	}
	memset(&ifr, 0, sizeof(ifr));
	memcpy(ifr.name, t->name, IFNAMSIZ);
	ifr.flags = IFF_TAP | IFF_NO_PI;
	rc = _tap_sys(TAP_NR_ioctl, fd, TUNSETIFF, (long)&ifr);
	if (rc < 0) {
		uk_pr_err("tap %s: TUNSETIFF: error %ld\n", t->name, -rc);
		_tap_sys(TAP_NR_close, fd, 0, 0);
		return (int)rc;
	}
	t->fd = (int)fd;
	/* A locally administered unicast address derived from the name
	 * (FNV-1a), so that a given interface keeps its guest's MAC. */
	for (i = 0; t->name[i]; i++)
		h = (h ^ (unsigned char)t->name[i]) * 16777619u;
	d->hwaddr.addr[0] = 0x02;
	d->hwaddr.addr[1] = 0x75;	/* 'u' */
	d->hwaddr.addr[2] = (uint8_t)(h >> 24);
	d->hwaddr.addr[3] = (uint8_t)(h >> 16);
	d->hwaddr.addr[4] = (uint8_t)(h >> 8);
	d->hwaddr.addr[5] = (uint8_t)h;
	d->mtu = 1500;
	return 0;
}

static void tap_info(struct uk_netdev *d, struct uk_netdev_info *i)
{
	i->max_rx_queues = i->max_tx_queues = 1;
	i->max_mtu = MAX_MTU;
	i->tx_headroom = 0;
	i->rx_headroom = 0;
	i->rx_buflen = d->mtu + 18u;	/* Ethernet header and a VLAN tag */
	i->rx_bufalign = 16;
	i->tx_max_segs = MAX_SEGS;
	i->features = UK_NETDEV_F_TX_SG |
		      (ukplat_irq_register ? UK_NETDEV_F_RXQ_INTR : 0);
}

static int tap_configure(struct uk_netdev *d, const struct uk_netdev_conf *c)
{
	(void)d, (void)c;
	return 0;
}

static void refill(struct tapdev *t)
{
	const struct uk_netdev_rxq_conf *c = &t->dev.rxq_conf[0];

	if (t->npool < POOL)
		t->npool += c->alloc_rxpkts(c->alloc_rxpkts_argp,
					    t->pool + t->npool,
					    (uint16_t)(POOL - t->npool));
}

static int tap_rxq_configure(struct uk_netdev *d, uint16_t q, uint16_t n,
			     const struct uk_netdev_rxq_conf *c)
{
	(void)q, (void)n;
	TAP(d)->intr = c->rx_event != 0;
	refill(TAP(d));
	return TAP(d)->npool ? 0 : -ENOMEM;
}

static int tap_txq_configure(struct uk_netdev *d, uint16_t q, uint16_t n,
			     const struct uk_netdev_txq_conf *c)
{
	(void)d, (void)q, (void)n, (void)c;
	return 0;
}

/* The descriptor's handler (SIGIO, interrupt context): a frame came;
 * hand the work to the consumer's thread once per armed period. */
static int tap_irq(void *arg)
{
	struct tapdev *t = arg;

	if (t->armed) {
		t->armed = 0;
		uk_netdev_drv_rx_event(&t->dev, 0);
	}
	return UKPLAT_IRQ_HANDLED;
}

static int tap_start(struct uk_netdev *d)
{
	struct tapdev *t = TAP(d);
	int rc;

	if (t->intr && !t->irq_on) {
		rc = ukplat_irq_register ?
			     ukplat_irq_register((unsigned int)t->fd, 0,
						 tap_irq, t) : -ENOTSUP;
		if (rc < 0)
			return rc;
		t->irq_on = 1;
	}
	/* Frames that came before: the consumer's first rx_burst takes
	 * them and arms the interrupt. */
	if (t->intr)
		uk_netdev_drv_rx_event(d, 0);
	return 0;
}

static int tap_intr_enable(struct uk_netdev *d, uint16_t q)
{
	(void)q;
	if (!TAP(d)->irq_on)
		return -ENOTSUP;
	TAP(d)->intr = 1;
	return 1;	/* whether frames wait is known by reading: do */
}

static int tap_intr_disable(struct uk_netdev *d, uint16_t q)
{
	(void)q;
	if (!TAP(d)->irq_on)
		return -ENOTSUP;
	TAP(d)->intr = 0;
	TAP(d)->armed = 0;
	return 0;
}

static int tap_stop(struct uk_netdev *d)
{
	(void)d;
	return 0;	/* frames wait in the kernel's queue meanwhile */
}

static int tap_mtu_set(struct uk_netdev *d, uint16_t mtu)
{
	(void)d, (void)mtu;
	return 0;	/* buffers for a larger MTU: rx_buflen follows */
}

static int tap_rx(struct uk_netdev *d, uint16_t q, struct uk_netbuf *nb[],
		  uint16_t n)
{
	struct tapdev *t = TAP(d);
	uint16_t got = 0;
	long r;

	(void)q;
	while (got < n) {
		struct uk_netbuf *b;

		if (!t->npool) {
			refill(t);
			if (!t->npool) {
				d->stats.rx_dropped++;	/* left in the kernel */
				break;
			}
		}
		b = t->pool[t->npool - 1];
		r = _tap_sys(TAP_NR_read, t->fd, (long)b->data,
			     (long)uk_netbuf_tailroom(b));
		if (r == -EINTR)
			continue;
		if (r == -EAGAIN && t->intr && !t->armed) {
			/* Empty: arm, then look once more: a frame that
			 * came in between would find the handler unarmed. */
			t->armed = 1;
			continue;
		}
		if (r < 0) {
			if (r != -EAGAIN)
				d->stats.rx_errors++;
			break;
		}
		t->armed = 0;
		if (r < 14) {		/* not even an Ethernet header */
			d->stats.rx_errors++;
			continue;
		}
		t->npool--;
		b->len = (uint32_t)r;
		b->flags = 0;
		b->next = 0;
		nb[got++] = b;
		d->stats.rx_packets++;
		d->stats.rx_bytes += (uint64_t)r;
	}
	refill(t);
	return got;
}

/* Writes one frame; the kernel's result. */
static long send_frame(struct tapdev *t, struct uk_netbuf *nb)
{
	struct iovec_tap iov[MAX_SEGS];
	int n = 0;

	if (!nb->next)
		return _tap_sys(TAP_NR_write, t->fd, (long)nb->data,
				(long)nb->len);
	for (; nb; nb = nb->next) {
		if (n == MAX_SEGS)
			return -EMSGSIZE;
		iov[n].base = nb->data;
		iov[n++].len = nb->len;
	}
	return _tap_sys(TAP_NR_writev, t->fd, (long)iov, n);
}

/* Sends one frame now (the kernel copies it): 1 sent (and freed), 0
 * the kernel's queue is full, -1 it cannot be sent. */
static int send_one(struct uk_netdev *d, struct uk_netbuf *nb)
{
	long r;

	do
		r = send_frame(TAP(d), nb);
	while (r == -EINTR);
	if (r == -EAGAIN || r == -ENOBUFS)
		return 0;
	if (r < 0)
		return -1;
	uk_netbuf_free(nb);
	return 1;
}

static int tap_tx(struct uk_netdev *d, uint16_t q, struct uk_netbuf *nb[],
		  uint16_t n)
{
	(void)q;
	return uk_netdev_drv_tx_each(d, nb, n, send_one);
}

static const struct uk_netdev_ops tap_ops = {
	.probe = tap_probe,
	.info_get = tap_info,
	.configure = tap_configure,
	.rxq_configure = tap_rxq_configure,
	.txq_configure = tap_txq_configure,
	.start = tap_start,
	.stop = tap_stop,
	.mtu_set = tap_mtu_set,
	.rxq_intr_enable = tap_intr_enable,
	.rxq_intr_disable = tap_intr_disable,
	.rx_burst = tap_rx,
	.tx_burst = tap_tx,
};

/* Registers one device for the interface name @s (@len bytes). */
static void add(const char *s, unsigned int len)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct tapdev *t;

	if (!len || len >= IFNAMSIZ) {
		uk_pr_err("tap: bad interface name in UKNETDEV_TAP\n");
		return;
	}
	t = a ? uk_calloc(a, 1, sizeof(*t)) : 0;
	if (!t) {
		uk_pr_err("tap: out of memory\n");
		return;
	}
	memcpy(t->name, s, len);
	t->fd = -1;
	t->dev.ops = &tap_ops;
	t->dev.drv_name = "tap";
	uk_netdev_drv_register(&t->dev);
}

void uk_netdev_plat_discover(void)
{
	char **env = ukplat_environ();
	const char *s = 0, *e;

	for (; *env; env++)
		if (!strncmp(*env, ENVNAME, sizeof(ENVNAME) - 1))
			s = *env + sizeof(ENVNAME) - 1;
	if (!s)
		return;
	for (; *s; s = *e ? e + 1 : e) {
		for (e = s; *e && *e != ','; e++)
			;
		add(s, (unsigned int)(e - s));
	}
}
