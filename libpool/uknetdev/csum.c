/* Checksum offload helpers (uk/netbuf.h): preparing a frame for a device
 * that completes its L4 checksum, and completing one in software. */
#include <errno.h>
#include <uk/netbuf.h>

/* Sums @len bytes at @p into @s as big-endian 16-bit words, @odd telling
 * whether an odd number of bytes came before (the next byte is then a
 * low half). */
static uint32_t sum16(const uint8_t *p, uint32_t len, uint32_t s, int *odd)
{
	for (; len; p++, len--) {
		s += *odd ? *p : (uint32_t)*p << 8;
		*odd = !*odd;
		if (s & 0x80000000u)
			s = (s & 0xffff) + (s >> 16);
	}
	return s;
}

static uint16_t fold(uint32_t s)
{
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)s;
}

int uk_netbuf_csum_complete(struct uk_netbuf *nb)
{
	uint32_t start = nb->csum_start, off = start + nb->csum_offset;
	uint32_t s = 0, pos = 0;
	struct uk_netbuf *seg;
	uint8_t *field = 0;
	int odd = 0;

	if (!(nb->flags & UK_NETBUF_F_CSUM_PARTIAL))
		return 0;
	for (seg = nb; seg; pos += seg->len, seg = seg->next) {
		uint8_t *p = seg->data;
		uint32_t from = start > pos ? start - pos : 0;

		if (off >= pos && off + 2 <= pos + seg->len)
			field = p + (off - pos);
		if (from < seg->len)
			s = sum16(p + from, seg->len - from, s, &odd);
	}
	if (!field)	/* beyond the frame, or split between segments */
		return -EINVAL;
	/* The field holds the pseudo-header sum and is summed with the
	 * rest: the complement of the total is the checksum; 0 is sent as
	 * 0xffff (the same in one's complement, and "none" for UDP). */
	s = ~fold(s) & 0xffff;
	if (!s)
		s = 0xffff;
	field[0] = (uint8_t)(s >> 8);
	field[1] = (uint8_t)s;
	nb->flags &= (uint16_t)~UK_NETBUF_F_CSUM_PARTIAL;
	return 0;
}

static uint16_t be16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

/* Sums the @n big-endian 16-bit words at @p (addresses: at most 16, no
 * overflow), a word a step: this runs for every frame sent with the
 * offload, where sum16's byte steps cost more than the rest. */
static uint32_t sum_words(const uint8_t *p, unsigned int n)
{
	uint32_t s = 0;

	for (; n; n--, p += 2)
		s += be16(p);
	return s;
}

int uk_netbuf_csum_prepare(struct uk_netbuf *nb)
{
	const uint8_t *f = nb->data;
	uint32_t l3 = 14, l4, len, s = 0;
	uint16_t type, field;
	uint8_t proto;

	if (nb->len < 14)
		return -ENOTSUP;
	type = be16(f + 12);
	if (type == 0x8100 && nb->len >= 18) {	/* one VLAN tag */
		type = be16(f + 16);
		l3 = 18;
	}
	if (type == 0x0800 && nb->len >= l3 + 20) {
		const uint8_t *ip = f + l3;
		uint32_t ihl = (ip[0] & 15) * 4u, tot = be16(ip + 2);

		if ((ip[0] >> 4) != 4 || ihl < 20 || tot < ihl ||
		    (be16(ip + 6) & 0x3fff))	/* a fragment */
			return -ENOTSUP;
		proto = ip[9];
		l4 = l3 + ihl;
		len = tot - ihl;
		s = sum_words(ip + 12, 4);
	} else if (type == 0x86dd && nb->len >= l3 + 40) {
		const uint8_t *ip = f + l3;

		proto = ip[6];		/* no extension headers */
		l4 = l3 + 40;
		len = be16(ip + 4);
		s = sum_words(ip + 8, 16);
	} else {
		return -ENOTSUP;
	}
	if (proto == 6)
		field = 16;
	else if (proto == 17)
		field = 6;
	else
		return -ENOTSUP;
	if (l4 + field + 2 > nb->len)
		return -ENOTSUP;
	s += proto + (len >> 16) + (len & 0xffff);
	s = fold(s);
	((uint8_t *)nb->data)[l4 + field] = (uint8_t)(s >> 8);
	((uint8_t *)nb->data)[l4 + field + 1] = (uint8_t)s;
	nb->flags |= UK_NETBUF_F_CSUM_PARTIAL;
	nb->csum_start = (uint16_t)l4;
	nb->csum_offset = field;
	return 0;
}
