/* uk_netbuf_alloc: a netbuf, the caller's private area and the buffer in
 * one block from an allocator, so one free returns everything. */
#include <errno.h>
#include <uk/alloc.h>
#include <uk/netbuf.h>

/* Kept in front of the netbuf: the allocator to give the block back to,
 * and the block's start (memalign may have moved the netbuf). */
struct block {
	struct uk_alloc *a;
	void *base;
};

static void block_free(struct uk_netbuf *nb)
{
	struct block *b = (struct block *)nb - 1;

	uk_free(b->a, b->base);
}

#define ROUND(x, a) (((x) + (a) - 1) & ~((uintptr_t)(a) - 1))

struct uk_netbuf *uk_netbuf_alloc(struct uk_alloc *a, uint32_t buflen,
				  uint32_t align, uint32_t headroom,
				  uint32_t priv_len)
{
	size_t head, size;
	char *base, *buf;
	struct block *b;
	struct uk_netbuf *nb;

	if (!a || headroom > buflen)
		return 0;
	if (!align)
		align = 64;
	if (align & (align - 1))
		return 0;
	/* block | netbuf | priv, then the buffer at the next @align. */
	head = ROUND(sizeof(*b) + sizeof(*nb), 16) + ROUND(priv_len, 16);
	size = ROUND(head, align) + buflen;
	base = uk_memalign(a, align, size);
	if (!base)
		return 0;
	buf = base + ROUND(head, align);
	b = (struct block *)(base + ROUND(sizeof(*b) + sizeof(*nb), 16) -
			     sizeof(*nb) - sizeof(*b));
	b->a = a;
	b->base = base;
	nb = (struct uk_netbuf *)(b + 1);
	uk_netbuf_init(nb, buf, buflen, headroom, block_free,
		       priv_len ? base + ROUND(sizeof(*b) + sizeof(*nb), 16)
				: 0);
	return nb;
}

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
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	s = ~s & 0xffff;
	if (!s)
		s = 0xffff;
	field[0] = (uint8_t)(s >> 8);
	field[1] = (uint8_t)s;
	nb->flags &= (uint16_t)~UK_NETBUF_F_CSUM_PARTIAL;
	return 0;
}
