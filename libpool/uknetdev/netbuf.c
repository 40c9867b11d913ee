/* uk_netbuf_alloc: a netbuf, the caller's private area and the buffer in
 * one block from an allocator, so one free returns everything. */
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

