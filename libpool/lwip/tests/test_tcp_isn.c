/* TCP initial sequence numbers (tcp_isn.c, RFC 6528): SipHash-2-4 against
 * its published vectors; per connection 4-tuple the ISN grows with the
 * clock; neighbouring 4-tuples (consecutive ports, as a client's
 * connections have) get unrelated ISNs, where lwIP's own counter gave
 * numbers a few apart; and lwIP's tcp_connect takes its ISN from the
 * hook. */
#include <stdint.h>
#include <stdio.h>
#include "lwip/ip_addr.h"
#include "lwip/tcp.h"
#include "lwip/tcpip.h"
#include <uk/lwip.h>
#include <uk/test.h>

uint64_t lwip_siphash24(const uint64_t key[2], const void *m, size_t len);

/* Within this of each other: the same 4-tuple a moment later (4 us
 * ticks: 2^20 is 4 s, far more than this test takes even under TCG). */
#define NEAR	(1u << 20)

static int near(u32_t a, u32_t b)
{
	return (u32_t)(b - a) < NEAR;
}

static void check_siphash(void)
{
	/* The reference implementation's key 00 01 .. 0f and messages
	 * 00 01 .. (len - 1). */
	uint64_t key[2] = { 0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL };
	uint8_t m[64];
	int i;

	for (i = 0; i < 64; i++)
		m[i] = (uint8_t)i;
	CHECK(lwip_siphash24(key, m, 0) == 0x726fdb47dd0e0e31ULL);
	CHECK(lwip_siphash24(key, m, 15) == 0xa129ca6149be45e5ULL);
	CHECK(lwip_siphash24(key, m, 63) == 0x958a324ceb064572ULL);
}

static void check_isn(void)
{
	ip_addr_t a, b;
	u32_t x, y, prev = 0;
	int i, close = 0;

	IP_ADDR4(&a, 10, 0, 0, 2);
	IP_ADDR4(&b, 10, 0, 0, 1);
	x = lwip_tcp_isn(&a, 80, &b, 40000);
	y = lwip_tcp_isn(&a, 80, &b, 40000);
	CHECK(near(x, y));		/* same 4-tuple: grows with time */
	/* 32 client ports in a row: a random function puts a pair within
	 * NEAR with probability 2^-11; a counter puts every pair there. */
	for (i = 0; i < 32; i++) {
		x = lwip_tcp_isn(&a, 80, &b, (u16_t)(40001 + i));
		if (i && (near(prev, x) || near(x, prev)))
			close++;
		prev = x;
	}
	printf("isn: %d of 31 neighbouring 4-tuples got close numbers\n",
	       close);
	CHECK(close <= 2);
	/* Another remote address, same ports. */
	IP_ADDR4(&b, 10, 0, 0, 3);
	y = lwip_tcp_isn(&a, 80, &b, 40000);
	CHECK(!near(x, y) && !near(y, x));
}

static err_t connected(void *arg, struct tcp_pcb *pcb, err_t err)
{
	(void)arg;
	(void)pcb;
	(void)err;
	return ERR_OK;
}

/* tcp_connect sets lastack to its ISN - 1 (tcp.c). */
static void check_connect(void)
{
	struct tcp_pcb *l, *c;
	ip_addr_t lo;
	u32_t iss, want;

	IP_ADDR4(&lo, 127, 0, 0, 1);
	LOCK_TCPIP_CORE();
	l = tcp_new();
	CHECK(l && tcp_bind(l, IP_ANY_TYPE, 7001) == ERR_OK);
	l = tcp_listen(l);
	CHECK(l != NULL);
	c = tcp_new();
	CHECK(c != NULL);
	if (l && c) {
		CHECK(tcp_bind(c, &lo, 0) == ERR_OK);
		CHECK(tcp_connect(c, &lo, 7001, connected) == ERR_OK);
		iss = c->lastack + 1;
		want = lwip_tcp_isn(&c->local_ip, c->local_port, &lo, 7001);
		printf("isn: connect used %08x, the hook gives %08x\n",
		       (unsigned)iss, (unsigned)want);
		CHECK(near(iss, want));
		tcp_abort(c);
	}
	if (l)
		tcp_close(l);
	UNLOCK_TCPIP_CORE();
}

int main(void)
{
	CHECK(lwip_uk_start() == 0);
	check_siphash();
	check_isn();
	check_connect();
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails ? 1 : 0;
}
