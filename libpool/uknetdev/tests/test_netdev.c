/* uknetdev's generic layer against a loopback driver defined here: the
 * state machine and its refusals, configuration checks, netbuf headroom
 * and allocation, receive buffers lent by the consumer's allocator,
 * frames sent coming back in bursts, rx_event and interrupt re-arming,
 * MTU and MAC checks, counters; checksum offload helpers (prepare, then
 * complete in software over one segment and over a chain split at an odd
 * byte, against a checksum computed here). (The real drivers have their
 * own raw frame tests.) */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/netdev_driver.h>
#include <uk/test.h>

#define RING 8

/* The loopback device: frames sent are copied into receive buffers, as
 * a device would DMA them, and an "interrupt" fires when armed. */
static struct loopdev {
	struct uk_netdev dev;
	struct uk_netbuf *rxbuf[RING];	/* empty buffers lent to us */
	int nrxbuf;
	struct uk_netbuf *filled[RING];	/* received, not yet taken */
	int nfilled;
	int armed;
} lo;

static int lo_probe(struct uk_netdev *d)
{
	static const struct uk_hwaddr mac = {{ 0x52, 0x54, 0, 0x12, 0x34, 0x56 }};

	d->hwaddr = mac;
	d->mtu = 1500;
	return 0;
}

static void lo_info(struct uk_netdev *d, struct uk_netdev_info *i)
{
	(void)d;
	i->max_rx_queues = i->max_tx_queues = 1;
	i->max_mtu = 9000;
	i->tx_headroom = 10;
	i->rx_headroom = 10;
	i->rx_buflen = 2048;
	i->rx_bufalign = 64;
	i->tx_max_segs = 1;
	i->features = UK_NETDEV_F_RXQ_INTR | UK_NETDEV_F_TX_CSUM;
}

static int lo_configure(struct uk_netdev *d, const struct uk_netdev_conf *c)
{
	(void)d, (void)c;
	return 0;
}

static void refill(struct uk_netdev *d)
{
	const struct uk_netdev_rxq_conf *c = &d->rxq_conf[0];

	lo.nrxbuf += c->alloc_rxpkts(c->alloc_rxpkts_argp,
				     lo.rxbuf + lo.nrxbuf, RING - lo.nrxbuf);
}

static int lo_rxq(struct uk_netdev *d, uint16_t q, uint16_t n,
		  const struct uk_netdev_rxq_conf *c)
{
	(void)q, (void)n, (void)c;
	refill(d);
	return lo.nrxbuf ? 0 : -ENOMEM;
}

static int lo_txq(struct uk_netdev *d, uint16_t q, uint16_t n,
		  const struct uk_netdev_txq_conf *c)
{
	(void)d, (void)q, (void)n, (void)c;
	return 0;
}

static int lo_start(struct uk_netdev *d)
{
	lo.armed = d->rxq_conf[0].rx_event != 0;
	return 0;
}

static int lo_rx(struct uk_netdev *d, uint16_t q, struct uk_netbuf *nb[],
		 uint16_t n)
{
	int i = 0;

	(void)q;
	while (i < n && lo.nfilled) {
		nb[i] = lo.filled[0];
		memmove(lo.filled, lo.filled + 1, --lo.nfilled * sizeof(void *));
		d->stats.rx_packets++;
		d->stats.rx_bytes += nb[i++]->len;
	}
	refill(d);
	if (i < n && d->rxq_conf[0].rx_event)
		lo.armed = 1;
	return i;
}

static int lo_tx(struct uk_netdev *d, uint16_t q, struct uk_netbuf *nb[],
		 uint16_t n)
{
	int i;

	(void)q;
	for (i = 0; i < n; i++) {
		struct uk_netbuf *r;

		if (!lo.nrxbuf) {
			d->stats.tx_full++;
			break;
		}
		r = lo.rxbuf[--lo.nrxbuf];
		memcpy(r->data, nb[i]->data, nb[i]->len);
		r->len = nb[i]->len;
		lo.filled[lo.nfilled++] = r;
		d->stats.tx_packets++;
		d->stats.tx_bytes += nb[i]->len;
		uk_netbuf_free(nb[i]);
	}
	if (i && lo.armed) {
		lo.armed = 0;
		uk_netdev_drv_rx_event(d, 0);
	}
	return i;
}

static int lo_mtu(struct uk_netdev *d, uint16_t mtu)
{
	(void)d, (void)mtu;
	return 0;
}

static const struct uk_netdev_ops lo_ops = {
	.probe = lo_probe, .info_get = lo_info, .configure = lo_configure,
	.rxq_configure = lo_rxq, .txq_configure = lo_txq,
	.start = lo_start, .mtu_set = lo_mtu,
	.rx_burst = lo_rx, .tx_burst = lo_tx,
};

static int allocated, events, link_events, link_state = -1;

static uint16_t alloc_rx(void *argp, struct uk_netbuf *nb[], uint16_t n)
{
	uint16_t i;

	for (i = 0; i < n; i++) {
		nb[i] = uk_netbuf_alloc(argp, 2048, 64, 10, 8);
		if (!nb[i])
			break;
		allocated++;
	}
	return i;
}

static void on_rx(struct uk_netdev *d, uint16_t q, void *argp)
{
	(void)d, (void)q;
	(*(int *)argp)++;
}

static void on_link(struct uk_netdev *d, int up, void *argp)
{
	(void)d, (void)argp;
	link_events++;
	link_state = up;
}

static struct uk_netbuf *frame(struct uk_alloc *a, unsigned char tag,
			       uint32_t len)
{
	struct uk_netbuf *nb = uk_netbuf_alloc(a, 2048, 0, 64, 0);

	if (nb) {
		memset(nb->data, tag, len);
		nb->len = len;
	}
	return nb;
}

/* The Internet checksum of @n bytes, straight from RFC 1071. */
static uint16_t inet_sum(const uint8_t *p, uint32_t n, uint32_t s)
{
	for (; n > 1; p += 2, n -= 2)
		s += (uint32_t)(p[0] << 8 | p[1]);
	if (n)
		s += (uint32_t)p[0] << 8;
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)s;
}

/* A TCP/IPv4 (@v6 0) or UDP/IPv6 frame with a 101-byte payload and a
 * zero checksum, in @nb; returns the checksum it should carry. */
static uint16_t l4_frame(struct uk_netbuf *nb, int v6)
{
	uint8_t *f = nb->data, *l4;
	uint32_t hl = v6 ? 40 : 20, l4len = (v6 ? 8 : 20) + 101, i, ps = 0;

	memset(f, 0, 14 + hl + l4len);
	f[12] = v6 ? 0x86 : 0x08;
	f[13] = v6 ? 0xdd : 0x00;
	if (v6) {
		f[14] = 0x60;
		f[18] = (uint8_t)(l4len >> 8);
		f[19] = (uint8_t)l4len;
		f[20] = 17;
		for (i = 0; i < 32; i++)
			f[22 + i] = (uint8_t)(i * 7 + 1);
		ps = inet_sum(f + 22, 32, 17 + l4len);
	} else {
		f[14] = 0x45;
		f[16] = (uint8_t)((20 + l4len) >> 8);
		f[17] = (uint8_t)(20 + l4len);
		f[22] = 64;
		f[23] = 6;
		for (i = 0; i < 8; i++)
			f[26 + i] = (uint8_t)(i * 13 + 3);
		ps = inet_sum(f + 26, 8, 6 + l4len);
	}
	l4 = f + 14 + hl;
	if (v6) {
		l4[4] = (uint8_t)(l4len >> 8);
		l4[5] = (uint8_t)l4len;
	} else {
		l4[12] = 0x50;
	}
	for (i = v6 ? 8 : 20; i < l4len; i++)
		l4[i] = (uint8_t)(i * 31);
	nb->len = 14 + hl + l4len;
	i = (uint16_t)~inet_sum(l4, l4len, ps);
	return (uint16_t)(i ? i : 0xffff);
}

static void check_csum(struct uk_alloc *a)
{
	struct uk_netbuf *nb = uk_netbuf_alloc(a, 512, 0, 0, 0), tail;
	uint8_t *f;
	uint16_t want;
	int v6;

	for (v6 = 0; v6 < 2; v6++) {
		uint32_t at = v6 ? 14 + 40 + 6 : 14 + 20 + 16;

		want = l4_frame(nb, v6);
		f = nb->data;
		CHECK(uk_netbuf_csum_prepare(nb) == 0);
		CHECK(nb->flags & UK_NETBUF_F_CSUM_PARTIAL);
		CHECK(nb->csum_start + nb->csum_offset == at);
		CHECK(uk_netbuf_csum_complete(nb) == 0);
		CHECK(!(nb->flags & UK_NETBUF_F_CSUM_PARTIAL));
		CHECK((f[at] << 8 | f[at + 1]) == want);
		/* Again, split at an odd byte after the field. */
		want = l4_frame(nb, v6);
		CHECK(uk_netbuf_csum_prepare(nb) == 0);
		uk_netbuf_init(&tail, f, 512, at + 33, 0, 0);
		tail.len = nb->len - (at + 33);
		nb->len = at + 33;
		nb->next = &tail;
		CHECK(uk_netbuf_csum_complete(nb) == 0);
		CHECK((f[at] << 8 | f[at + 1]) == want);
		nb->next = 0;
	}
	/* Not offloadable: an IPv4 fragment, ICMP. */
	l4_frame(nb, 0);
	f[20] = 0x20;			/* more fragments */
	CHECK(uk_netbuf_csum_prepare(nb) == -ENOTSUP);
	l4_frame(nb, 0);
	f[23] = 1;
	CHECK(uk_netbuf_csum_prepare(nb) == -ENOTSUP);
	uk_netbuf_free(nb);
}

int main(void)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct uk_netdev_conf conf = { 1, 1, 0, on_link, 0 };
	struct uk_netdev_rxq_conf rxc = { alloc_rx, 0, on_rx, &events };
	struct uk_netdev_stats st;
	struct uk_netbuf *nb, *in[RING];
	unsigned int base = uk_netdev_count();
	struct uk_netdev *d;
	int i, n;

	/* netbufs: alignment, headroom, push/pull limits, private area. */
	nb = uk_netbuf_alloc(a, 1000, 256, 100, 24);
	CHECK(nb && ((uintptr_t)nb->buf & 255) == 0);
	CHECK(uk_netbuf_headroom(nb) == 100 && uk_netbuf_tailroom(nb) == 900);
	CHECK(nb->priv && ((uintptr_t)nb->priv & 15) == 0);
	CHECK(uk_netbuf_push(nb, 14) == 0 && nb->len == 14);
	CHECK(uk_netbuf_push(nb, 87) == -ENOSPC);
	CHECK(uk_netbuf_pull(nb, 15) == -EINVAL && uk_netbuf_pull(nb, 14) == 0);
	uk_netbuf_free(nb);
	CHECK(!uk_netbuf_alloc(a, 10, 0, 11, 0));
	check_csum(a);

	lo.dev.ops = &lo_ops;
	lo.dev.drv_name = "loop";
	CHECK(uk_netdev_drv_register(&lo.dev) == (int)base);
	CHECK(uk_netdev_count() == base + 1);
	d = uk_netdev_get(base);
	CHECK(d == &lo.dev && !uk_netdev_get(base + 1));
	CHECK(!strcmp(uk_netdev_drv_name(d), "loop") && uk_netdev_id(d) == base);

	/* Out-of-order calls are refused. */
	CHECK(uk_netdev_state_get(d) == UK_NETDEV_UNPROBED);
	CHECK(uk_netdev_configure(d, &conf) == -EINVAL);
	CHECK(uk_netdev_probe(d) == 0 && uk_netdev_probe(d) == -EINVAL);
	CHECK(uk_netdev_hwaddr_get(d)->addr[5] == 0x56);
	CHECK(uk_netdev_start(d) == -EINVAL);
	conf.nb_rx_queues = 2;
	CHECK(uk_netdev_configure(d, &conf) == -EINVAL);
	conf.nb_rx_queues = 1;
	conf.offloads = UK_NETDEV_F_RX_CSUM;	/* not offered */
	CHECK(uk_netdev_configure(d, &conf) == -EINVAL);
	conf.offloads = UK_NETDEV_F_TX_CSUM;
	CHECK(uk_netdev_configure(d, &conf) == 0);
	CHECK(uk_netdev_state_get(d) == UK_NETDEV_CONFIGURED);
	CHECK(uk_netdev_rxq_configure(d, 1, 0, &rxc) == -EINVAL);
	rxc.alloc_rxpkts_argp = a;
	CHECK(uk_netdev_rxq_configure(d, 0, 0, &rxc) == 0);
	CHECK(allocated == RING);
	CHECK(uk_netdev_start(d) == -EINVAL);	/* no tx queue yet */
	CHECK(uk_netdev_txq_configure(d, 0, 0, 0) == 0);
	CHECK(uk_netdev_start(d) == 0);
	CHECK(uk_netdev_state_get(d) == UK_NETDEV_RUNNING);
	CHECK(link_events == 1 && link_state == 1);
	CHECK(uk_netdev_link_up(d) == 1 && link_events == 1);

	/* MTU and MAC. */
	CHECK(uk_netdev_mtu_set(d, 67) == -EINVAL);
	CHECK(uk_netdev_mtu_set(d, 9001) == -EINVAL);
	CHECK(uk_netdev_mtu_set(d, 9000) == 0 && uk_netdev_mtu_get(d) == 9000);
	CHECK(uk_netdev_hwaddr_set(d, uk_netdev_hwaddr_get(d)) == -ENOTSUP);
	CHECK(uk_netdev_rxq_intr_enable(d, 0) == -ENOTSUP);

	/* Frames out come back in, in order, each firing rx_event once
	 * per armed period. */
	for (i = 0; i < 3; i++)
		CHECK(uk_netdev_tx_one(d, 0, frame(a, 'a' + i, 60 + i)) == 1);
	CHECK(events == 1);
	n = uk_netdev_rx_burst(d, 0, in, 2);
	CHECK(n == 2 && in[0]->len == 60 && in[1]->len == 61);
	CHECK(((char *)in[1]->data)[60] == 'b');
	CHECK(uk_netbuf_headroom(in[0]) == 10);
	n += uk_netdev_rx_burst(d, 0, in + n, RING);
	CHECK(n == 3 && ((char *)in[2]->data)[0] == 'c');
	for (i = 0; i < n; i++)
		uk_netbuf_free(in[i]);
	CHECK(uk_netdev_tx_one(d, 0, frame(a, 'd', 70)) == 1);
	CHECK(events == 2);

	/* A full ring: the driver takes what fits, the rest stays ours. */
	{
		struct uk_netbuf *out[RING + 2];

		for (i = 0; i < RING + 2; i++)
			out[i] = frame(a, 'x', 64);
		n = uk_netdev_tx_burst(d, 0, out, RING + 2);
		CHECK(n == RING - 1);
		for (i = n; i < RING + 2; i++)
			uk_netbuf_free(out[i]);
	}
	n = 0;
	while ((i = uk_netdev_rx_burst(d, 0, in, 3)) > 0) {
		n += i;
		while (i--)
			uk_netbuf_free(in[i]);
	}
	CHECK(n == RING);

	uk_netdev_stats_get(d, &st);
	CHECK(st.tx_packets == RING + 3 && st.rx_packets == RING + 3);
	CHECK(st.tx_bytes == 60 + 61 + 62 + 70 + (RING - 1) * 64);
	CHECK(st.rx_bytes == st.tx_bytes && st.tx_full == 1);
	CHECK(st.rx_irqs == (uint64_t)events);
	CHECK(uk_netdev_tx_burst(d, 0, 0, 0) == 0);	/* reclaim only */
	CHECK(uk_netdev_stop(d) == -ENOTSUP);

	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}
