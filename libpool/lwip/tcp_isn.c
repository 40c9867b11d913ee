/* TCP initial sequence numbers as RFC 6528 asks (lwIP's hook
 * LWIP_HOOK_TCP_ISN, lwipopts.h): ISN = M + F(local address and port,
 * remote address and port, secret), M a clock ticking every 4 us, F
 * SipHash-2-4 under a 128-bit key drawn from uksrand at the first
 * connection.
 *
 * lwIP's own ISN is a counter bumped by its timer ticks: an off-path host
 * that opens one connection can predict the next one's numbers and inject
 * into it (RFC 6528's attack). Per connection 4-tuple the numbers still
 * grow with time, as a peer that reopens a port in TIME_WAIT on a new SYN
 * expects (RFC 1122 4.2.2.13; lwIP's patches/0003 is our side of it).
 */
#include <stdint.h>
#include <string.h>
#include <uk/plat/time.h>
#include <uk/random.h>
#include "lwip/ip_addr.h"
#include "lwip/sys.h"

static uint64_t rotl(uint64_t x, int b)
{
	return x << b | x >> (64 - b);
}

static void sipround(uint64_t v[4])
{
	v[0] += v[1]; v[1] = rotl(v[1], 13); v[1] ^= v[0];
	v[0] = rotl(v[0], 32);
	v[2] += v[3]; v[3] = rotl(v[3], 16); v[3] ^= v[2];
	v[0] += v[3]; v[3] = rotl(v[3], 21); v[3] ^= v[0];
	v[2] += v[1]; v[1] = rotl(v[1], 17); v[1] ^= v[2];
	v[2] = rotl(v[2], 32);
}

static uint64_t le64(const uint8_t *p, size_t n)
{
	uint64_t w = 0;

	while (n--)
		w |= (uint64_t)p[n] << (8 * n);
	return w;
}

/* SipHash-2-4 (Aumasson and Bernstein, 2012) of @len bytes at @m. */
uint64_t lwip_siphash24(const uint64_t key[2], const void *m, size_t len)
{
	const uint8_t *p = m;
	uint64_t v[4] = { key[0] ^ 0x736f6d6570736575ULL,
			  key[1] ^ 0x646f72616e646f6dULL,
			  key[0] ^ 0x6c7967656e657261ULL,
			  key[1] ^ 0x7465646279746573ULL };
	uint64_t w;
	size_t n;

	for (n = len; n >= 8; n -= 8, p += 8) {
		w = le64(p, 8);
		v[3] ^= w;
		sipround(v);
		sipround(v);
		v[0] ^= w;
	}
	w = le64(p, n) | (uint64_t)len << 56;
	v[3] ^= w;
	sipround(v);
	sipround(v);
	v[0] ^= w;
	v[2] ^= 0xff;
	sipround(v);
	sipround(v);
	sipround(v);
	sipround(v);
	return v[0] ^ v[1] ^ v[2] ^ v[3];
}

/* The address's bytes (4 or 16) into @buf; how many. */
static size_t addr_bytes(const ip_addr_t *a, uint8_t *buf)
{
#if LWIP_IPV6
	if (IP_IS_V6(a)) {
		memcpy(buf, ip_2_ip6(a)->addr, 16);
		return 16;
	}
#endif
	memcpy(buf, &ip_2_ip4(a)->addr, 4);
	return 4;
}

u32_t lwip_tcp_isn(const ip_addr_t *local_ip, u16_t local_port,
		   const ip_addr_t *remote_ip, u16_t remote_port)
{
	static uint64_t key[2];
	static int keyed;
	uint8_t buf[2 * 16 + 4];
	size_t n = 0;
	uint64_t ticks;

	if (!keyed) {
		uk_random_fill(key, sizeof(key));
		keyed = 1;
	}
	buf[n++] = (uint8_t)local_port;
	buf[n++] = (uint8_t)(local_port >> 8);
	buf[n++] = (uint8_t)remote_port;
	buf[n++] = (uint8_t)(remote_port >> 8);
	n += addr_bytes(local_ip, buf + n);
	n += addr_bytes(remote_ip, buf + n);
	if (ukplat_monotonic_clock)
		ticks = ukplat_monotonic_clock() / 4000;
	else
		ticks = (uint64_t)sys_now() * 250;
	return (u32_t)(ticks + lwip_siphash24(key, buf, n));
}
