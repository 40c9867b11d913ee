/*
 * Raw frames through uknetdev, no network stack: the driver's end-to-end
 * test (tests/test_netdrv.py boots it on each platform's NIC).
 *
 *   rawframe MYIP PEERIP [csum] [irq] [lro] [serve] [rtt=N] [flood=N]
 *
 * Brings device 0 up, resolves PEERIP by ARP (answering ARP requests for
 * MYIP meanwhile), then pings it: 8 echoes one by one, 16 in one burst,
 * one large echo (MTU-sized) and, with TX_SG, one sent as a 3-segment
 * chain; with "csum" (and the TX_CSUM offload) a UDP datagram to a closed
 * port whose checksum the device completes: the peer answers "port
 * unreachable" only to a correct checksum. "irq" receives by interrupt
 * (rx_event) instead of polling. "lro" turns on the RX_CSUM and RX_LRO
 * offloads where offered (frames then arrive marked, maybe chained).
 * "serve" ends with answering 3 echo requests from the peer, which come
 * unasked (with "irq": while the guest is halted, so through
 * interrupts only). "rtt=N" then times N echo round trips one after the
 * other, "flood=N" the sending of N 1,514-byte UDP frames to the peer's
 * discard port in bursts of 32 (measurements quoted in
 * docs/performance.md: no check depends on them). Checks link state and
 * counters, prints SUCCESS or FAIL lines. Every wait is bounded (3 s per reply).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/netdev.h>
#include <uk/plat/time.h>
#include <uk/test.h>

#define HEADROOM	64	/* ours: >= every driver's tx_headroom */
#define WAIT_NS		3000000000ULL
#define ETH_ARP		0x0806
#define ETH_IP		0x0800

static struct uk_netdev *dev;
static struct uk_netdev_info info;
static struct uk_alloc *a;
static uint8_t mymac[6], peermac[6];
static uint32_t myip, peerip;		/* network order, as bytes */
static volatile int rx_events;
static int use_irq;

static uint32_t parse_ip(const char *s)
{
	uint32_t v = 0;
	unsigned char *b = (unsigned char *)&v;
	int i;

	for (i = 0; i < 4; i++) {
		b[i] = (unsigned char)strtol(s, (char **)&s, 10);
		if (*s == '.')
			s++;
	}
	return v;
}

static uint16_t be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static void put16(uint8_t *p, uint16_t v) { p[0] = v >> 8; p[1] = (uint8_t)v; }

static uint32_t sum(const uint8_t *p, uint32_t n, uint32_t s)
{
	for (; n > 1; p += 2, n -= 2)
		s += be16(p);
	if (n)
		s += (uint32_t)p[0] << 8;
	return s;
}

static uint16_t fold(uint32_t s)
{
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

static uint16_t alloc_rx(void *argp, struct uk_netbuf *nb[], uint16_t n)
{
	uint16_t i;

	(void)argp;
	for (i = 0; i < n; i++)
		if (!(nb[i] = uk_netbuf_alloc(a, info.rx_buflen,
					      info.rx_bufalign,
					      info.rx_headroom, 0)))
			break;
	return i;
}

static void on_rx(struct uk_netdev *d, uint16_t q, void *argp)
{
	(void)d, (void)q, (void)argp;
	rx_events++;
}

static struct uk_netbuf *new_frame(uint32_t len)
{
	struct uk_netbuf *nb = uk_netbuf_alloc(a, HEADROOM + len, 0,
					       HEADROOM, 0);

	if (nb) {
		memset(nb->data, 0, len);
		nb->len = len;
	}
	return nb;
}

static void eth(uint8_t *f, const uint8_t *dst, uint16_t type)
{
	memcpy(f, dst, 6);
	memcpy(f + 6, mymac, 6);
	put16(f + 12, type);
}

static void send(struct uk_netbuf *nb)
{
	int r;

	CHECK(nb != 0);
	if (!nb)
		return;
	r = uk_netdev_tx_one(dev, 0, nb);
	CHECK(r == 1);
	if (r != 1)
		uk_netbuf_free(nb);
}

/* An ARP packet: op 1 request (for @tip) or 2 reply (to @tha/@tip). */
static struct uk_netbuf *arp(int op, const uint8_t *tha, uint32_t tip)
{
	static const uint8_t bcast[6] = {255, 255, 255, 255, 255, 255};
	struct uk_netbuf *nb = new_frame(60);
	uint8_t *f;

	if (!nb)
		return 0;
	f = nb->data;
	eth(f, op == 1 ? bcast : tha, ETH_ARP);
	put16(f + 14, 1);
	put16(f + 16, ETH_IP);
	f[18] = 6;
	f[19] = 4;
	put16(f + 20, (uint16_t)op);
	memcpy(f + 22, mymac, 6);
	memcpy(f + 28, &myip, 4);
	if (op == 2)
		memcpy(f + 32, tha, 6);
	memcpy(f + 38, &tip, 4);
	return nb;
}

/* An IPv4 header for @plen payload bytes of protocol @proto. */
static void ip4(uint8_t *p, uint32_t plen, uint8_t proto)
{
	p[0] = 0x45;
	put16(p + 2, (uint16_t)(20 + plen));
	p[8] = 64;
	p[9] = proto;
	memcpy(p + 12, &myip, 4);
	memcpy(p + 16, &peerip, 4);
	put16(p + 10, fold(sum(p, 20, 0)));
}

/* An ICMP echo request with @len payload bytes (pattern from @seq). */
static struct uk_netbuf *echo(uint16_t seq, uint32_t len)
{
	struct uk_netbuf *nb = new_frame(14 + 20 + 8 + len);
	uint8_t *f, *icmp;
	uint32_t i;

	if (!nb)
		return 0;
	f = nb->data;
	eth(f, peermac, ETH_IP);
	ip4(f + 14, 8 + len, 1);
	icmp = f + 34;
	icmp[0] = 8;
	put16(icmp + 4, 0x7531);
	put16(icmp + 6, seq);
	for (i = 0; i < len; i++)
		icmp[8 + i] = (uint8_t)(seq + i);
	put16(icmp + 2, fold(sum(icmp, 8 + len, 0)));
	return nb;
}

/* Splits a one-segment frame into a chain of @n segments that share its
 * buffer (the tail segments free nothing: the head's dtor frees all). */
static void nofree(struct uk_netbuf *nb) { uk_free(a, nb); }

static struct uk_netbuf *chain(struct uk_netbuf *nb, int n)
{
	struct uk_netbuf *p = nb;
	uint32_t part = nb->len / (uint32_t)n;
	int i;

	for (i = 1; i < n; i++) {
		struct uk_netbuf *s = uk_malloc(a, sizeof(*s));

		if (!s)
			return nb;
		uk_netbuf_init(s, p->data, p->len, 0, nofree, 0);
		s->data = (char *)p->data + part;
		s->len = p->len - part;
		p->len = part;
		p->next = s;
		p = s;
	}
	return nb;
}

/* Handles an ARP frame: learns the peer, answers requests for us. */
static void on_arp(const uint8_t *f, uint32_t len)
{
	if (len < 42 || be16(f + 16) != ETH_IP)
		return;
	if (be16(f + 20) == 2 && !memcmp(f + 28, &peerip, 4))
		memcpy(peermac, f + 22, 6);
	if (be16(f + 20) == 1 && !memcmp(f + 38, &myip, 4)) {
		uint32_t tip;

		memcpy(&tip, f + 28, 4);
		send(arp(2, f + 22, tip));
	}
}

/* Receives frames until @want returns 1 or the deadline; ARP frames
 * are handled on the way. Returns what want() returned last. */
static int wait_for(int (*want)(const uint8_t *f, uint32_t len, void *arg),
		    void *arg)
{
	unsigned long long end = ukplat_monotonic_clock() + WAIT_NS;
	struct uk_netbuf *in[16];
	int n, i, done = 0;

	while (!done && ukplat_monotonic_clock() < end) {
		int seen = rx_events;

		n = uk_netdev_rx_burst(dev, 0, in, 16);
		CHECK(n >= 0);
		for (i = 0; i < n; i++) {
			uint8_t *f = in[i]->data;
			uint32_t len = uk_netbuf_frame_len(in[i]);

			CHECK(in[i]->next == 0 ||
			      (info.features & UK_NETDEV_F_RX_MRG));
			if (in[i]->next)	/* flatten for the checks */
				len = in[i]->len;
			if (len >= 14 && be16(f + 12) == ETH_ARP)
				on_arp(f, len);
			else if (!done)
				done = want(f, len, arg);
			uk_netbuf_free(in[i]);
		}
		if (n < 16 && !done) {
			if (use_irq)	/* sleep until rx_event: only an
					 * interrupt brings the reply */
				while (rx_events == seen &&
				       ukplat_monotonic_clock() < end)
					ukplat_halt_to(end);
			else
				ukplat_halt_to(ukplat_monotonic_clock() +
					       100000ULL);
		}
	}
	return done;
}

static int got_arp(const uint8_t *f, uint32_t len, void *arg)
{
	(void)f, (void)len, (void)arg;
	return peermac[0] | peermac[1] | peermac[2] | peermac[3] |
	       peermac[4] | peermac[5];
}

struct echo_want {
	uint16_t seq;
	uint32_t len;
	int replies;	/* counts replies with seq >= .seq */
	int want;
};

static int got_echo(const uint8_t *f, uint32_t len, void *arg)
{
	struct echo_want *w = arg;
	const uint8_t *icmp = f + 34;
	uint32_t i;
	int ok = 1;

	if (len < 42 || be16(f + 12) != ETH_IP || f[23] != 1 || icmp[0] != 0 ||
	    be16(icmp + 4) != 0x7531 || be16(icmp + 6) < w->seq)
		return 0;
	if (len < 42 + w->len)
		ok = 0;
	for (i = 0; ok && i < w->len; i++)
		ok = icmp[8 + i] == (uint8_t)(be16(icmp + 6) + i);
	CHECK(ok);
	CHECK(fold(sum(icmp, 8 + w->len, 0)) == 0);
	return ++w->replies >= w->want;
}

static int got_unreach(const uint8_t *f, uint32_t len, void *arg)
{
	(void)arg;
	/* ICMP type 3 code 3 quoting our UDP datagram to port 9 */
	return len >= 70 && be16(f + 12) == ETH_IP && f[23] == 1 &&
	       f[34] == 3 && f[35] == 3 && be16(f + 34 + 8 + 20 + 2) == 9;
}

/* Answers an echo request from the peer to us with a reply carrying
 * the same identifier, sequence and data; counts it in *@arg. */
static int got_request(const uint8_t *f, uint32_t len, void *arg)
{
	struct uk_netbuf *nb;
	uint32_t ihl, plen;
	uint8_t *r;

	if (len < 42 || be16(f + 12) != ETH_IP || f[23] != 1 ||
	    memcmp(f + 30, &myip, 4) || memcmp(f + 26, &peerip, 4))
		return 0;
	ihl = (f[14] & 15) * 4u;
	plen = be16(f + 16);
	if (ihl != 20 || plen < 28 || 14 + plen > len || f[34] != 8)
		return 0;
	nb = new_frame(14 + plen);
	if (!nb)
		return 0;
	r = nb->data;
	eth(r, f + 6, ETH_IP);
	ip4(r + 14, plen - 20, 1);
	memcpy(r + 34, f + 34, plen - 20);
	r[34] = 0;		/* echo reply */
	r[36] = r[37] = 0;
	put16(r + 36, fold(sum(r + 34, plen - 20, 0)));
	send(nb);
	return ++*(int *)arg >= 3;
}

/* A UDP datagram to port 9 with the checksum left to the device
 * (uk_netbuf_csum_prepare puts the pseudo-header sum in). */
static struct uk_netbuf *udp_partial(void)
{
	struct uk_netbuf *nb = new_frame(14 + 20 + 8 + 32);
	uint8_t *f, *u;

	if (!nb)
		return 0;
	f = nb->data;
	eth(f, peermac, ETH_IP);
	ip4(f + 14, 40, 17);
	u = f + 34;
	put16(u, 40000);
	put16(u + 2, 9);
	put16(u + 4, 40);
	memset(u + 8, 'u', 32);
	CHECK(uk_netbuf_csum_prepare(nb) == 0);
	CHECK(nb->csum_start == 34 && nb->csum_offset == 6);
	return nb;
}

/* @n echo round trips, one after the other. */
static void measure_rtt(int n, uint16_t *seq)
{
	unsigned long long t0 = ukplat_monotonic_clock(), dt;
	struct echo_want w;
	int i, ok = 0;

	for (i = 0; i < n; i++, (*seq)++) {
		w = (struct echo_want){ *seq, 1, 0, 1 };
		send(echo(*seq, 1));
		ok += wait_for(got_echo, &w);
	}
	dt = ukplat_monotonic_clock() - t0;
	CHECK(ok == n);
	printf("rtt: %d round trips in %llu us: %llu us each\n", ok,
	       dt / 1000, dt / 1000 / (unsigned long long)(ok ? ok : 1));
}

/* @n full-sized UDP frames to the peer's discard port, 32 a burst. */
static void measure_flood(int n)
{
	struct uk_netdev_stats a, b;
	struct uk_netbuf *burst[32];
	unsigned long long t0, dt;
	int sent = 0, i, k;

	uk_netdev_stats_get(dev, &a);
	t0 = ukplat_monotonic_clock();
	while (sent < n) {
		k = n - sent < 32 ? n - sent : 32;
		for (i = 0; i < k; i++) {
			uint8_t *f;

			burst[i] = new_frame(1514);
			if (!burst[i])
				break;
			f = burst[i]->data;
			eth(f, peermac, ETH_IP);
			ip4(f + 14, 1480, 17);
			put16(f + 34, 40000);
			put16(f + 36, 9);
			put16(f + 38, 1480);
		}
		k = i;
		i = uk_netdev_tx_burst(dev, 0, burst, (uint16_t)k);
		sent += i > 0 ? i : 0;
		while (i < k)
			uk_netbuf_free(burst[i++]);
	}
	dt = ukplat_monotonic_clock() - t0;
	uk_netdev_stats_get(dev, &b);
	printf("flood: %d frames in %llu us: %llu frames/s, %llu Mbit/s, "
	       "%llu kicks, %llu ring-full\n", sent, dt / 1000,
	       sent * 1000000000ULL / (dt ? dt : 1),
	       sent * 1514ULL * 8 * 1000 / (dt ? dt : 1),
	       (unsigned long long)(b.tx_kicks - a.tx_kicks),
	       (unsigned long long)(b.tx_full - a.tx_full));
}

int main(int argc, char *argv[])
{
	struct uk_netdev_conf conf = { 1, 1, 0, 0, 0 };
	struct uk_netdev_rxq_conf rxc = { alloc_rx, 0, 0, 0 };
	struct uk_netdev_stats st;
	struct echo_want w;
	struct uk_netbuf *burst[16];
	int i, csum = 0, lro = 0, serve = 0, rtt = 0, flood = 0;
	uint16_t seq = 1;

	a = uk_alloc_get_default();
	if (argc < 3) {
		printf("FAIL usage: rawframe MYIP PEERIP [csum] [irq] [lro] "
		       "[serve]\n");
		return 2;
	}
	myip = parse_ip(argv[1]);
	peerip = parse_ip(argv[2]);
	for (i = 3; i < argc; i++) {
		csum |= !strcmp(argv[i], "csum");
		use_irq |= !strcmp(argv[i], "irq");
		lro |= !strcmp(argv[i], "lro");
		serve |= !strcmp(argv[i], "serve");
		if (!strncmp(argv[i], "rtt=", 4))
			rtt = atoi(argv[i] + 4);
		if (!strncmp(argv[i], "flood=", 6))
			flood = atoi(argv[i] + 6);
	}
	if (uk_netdev_count() < 1) {
		printf("FAIL no network device\n");
		return 1;
	}
	dev = uk_netdev_get(0);
	CHECK(uk_netdev_probe(dev) == 0);
	uk_netdev_info_get(dev, &info);
	memcpy(mymac, uk_netdev_hwaddr_get(dev)->addr, 6);
	printf("netdev0: %s mac %02x:%02x:%02x:%02x:%02x:%02x mtu %u "
	       "features 0x%x\n", uk_netdev_drv_name(dev), mymac[0], mymac[1],
	       mymac[2], mymac[3], mymac[4], mymac[5],
	       (unsigned)uk_netdev_mtu_get(dev), (unsigned)info.features);
	CHECK(info.tx_headroom <= HEADROOM);
	CHECK(!(mymac[0] & 1) && (mymac[0] | mymac[1] | mymac[5]));
	if (use_irq && !(info.features & UK_NETDEV_F_RXQ_INTR)) {
		printf("irq: not offered (polling)\n");
		use_irq = 0;
	} else if (use_irq) {
		printf("irq: on\n");
	}
	if (csum && !(info.features & UK_NETDEV_F_TX_CSUM)) {
		printf("csum offload: not offered\n");
		csum = 0;
	}
	if (csum)
		conf.offloads = UK_NETDEV_F_TX_CSUM;
	if (lro) {
		uint32_t want = UK_NETDEV_F_RX_CSUM | UK_NETDEV_F_RX_LRO;

		printf("lro: %s\n", (info.features & want) == want ?
		       "on" : "not offered");
		if ((info.features & want) == want)
			conf.offloads |= want;
	}
	CHECK(uk_netdev_configure(dev, &conf) == 0);
	if (use_irq)
		rxc.rx_event = on_rx;
	CHECK(uk_netdev_rxq_configure(dev, 0, 0, &rxc) == 0);
	CHECK(uk_netdev_txq_configure(dev, 0, 0, 0) == 0);
	CHECK(uk_netdev_start(dev) == 0);
	CHECK(uk_netdev_link_up(dev) == 1);

	for (i = 0; i < 5 && !got_arp(0, 0, 0); i++) {
		send(arp(1, 0, peerip));
		wait_for(got_arp, 0);
	}
	CHECK(got_arp(0, 0, 0));
	printf("arp: peer %02x:%02x:%02x:%02x:%02x:%02x\n", peermac[0],
	       peermac[1], peermac[2], peermac[3], peermac[4], peermac[5]);

	/* One by one. */
	for (i = 0; i < 8; i++, seq++) {
		w = (struct echo_want){ seq, 56, 0, 1 };
		send(echo(seq, 56));
		CHECK(wait_for(got_echo, &w));
	}
	/* A burst of 16 in one call. */
	for (i = 0; i < 16; i++)
		burst[i] = echo((uint16_t)(seq + i), 100);
	w = (struct echo_want){ seq, 100, 0, 16 };
	i = uk_netdev_tx_burst(dev, 0, burst, 16);
	CHECK(i == 16);
	while (i < 16)
		uk_netbuf_free(burst[i++]);
	CHECK(wait_for(got_echo, &w));
	printf("burst: %d of 16 replies\n", w.replies);
	seq += 16;
	/* An MTU-sized one. */
	w = (struct echo_want){ seq, uk_netdev_mtu_get(dev) - 28u, 0, 1 };
	send(echo(seq, w.len));
	CHECK(wait_for(got_echo, &w));
	seq++;
	/* A chain of 3 segments. */
	if (info.features & UK_NETDEV_F_TX_SG) {
		w = (struct echo_want){ seq, 300, 0, 1 };
		send(chain(echo(seq, 300), 3));
		CHECK(wait_for(got_echo, &w));
		printf("chain: %s\n", w.replies ? "ok" : "no reply");
		seq++;
	}
	if (csum) {
		send(udp_partial());
		i = wait_for(got_unreach, 0);
		CHECK(i);
		printf("csum offload: %s\n", i ? "ok" : "no answer");
	}

	if (serve) {
		int answered = 0;

		for (i = 0; i < 3 && answered < 3; i++)
			wait_for(got_request, &answered);
		CHECK(answered == 3);
		printf("served: %d echo requests\n", answered);
	}
	if (rtt > 0)
		measure_rtt(rtt, &seq);
	if (flood > 0)
		measure_flood(flood);
	CHECK(uk_netdev_tx_burst(dev, 0, 0, 0) == 0);	/* reclaim only */
	uk_netdev_stats_get(dev, &st);
	printf("stats: rx %llu/%llu B tx %llu/%llu B dropped %llu errors "
	       "%llu/%llu full %llu irqs %llu kicks %llu\n",
	       (unsigned long long)st.rx_packets,
	       (unsigned long long)st.rx_bytes,
	       (unsigned long long)st.tx_packets,
	       (unsigned long long)st.tx_bytes,
	       (unsigned long long)st.rx_dropped,
	       (unsigned long long)st.rx_errors,
	       (unsigned long long)st.tx_errors,
	       (unsigned long long)st.tx_full,
	       (unsigned long long)st.rx_irqs,
	       (unsigned long long)st.tx_kicks);
	CHECK(st.tx_packets >= 26 && st.rx_packets >= 26);
	CHECK(st.tx_bytes > st.tx_packets * 42);
	CHECK(st.rx_bytes >= st.rx_packets * 42);
	CHECK(st.tx_errors == 0);
	/* Requests that come unasked while the guest is halted are seen
	 * only through interrupts (replies may be in the ring already). */
	if (use_irq && serve)
		CHECK(st.rx_irqs > 0 && rx_events > 0);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}
