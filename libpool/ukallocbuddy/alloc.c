/* The uk_alloc operations over the page buddy. Every block handed out is
 * preceded by a 16-byte header naming the block it lives in, so free()
 * and realloc() work for any alignment. Requests that fit 2 KiB with the
 * header come from slots of 32..2048 bytes cut from whole pages (pages of
 * slots are never given back); larger ones take 2^k pages. */
#include "buddy.h"
#include <uk/alloc_impl.h>
#include <uk/assert.h>
#include <string.h>

#define HDR_MAGIC	0xb0ddb0ddUL

struct hdr {
	uintptr_t base;		/* the slot or page block */
	uintptr_t check;	/* base ^ HDR_MAGIC: catches bad frees */
#if UINTPTR_MAX == 0xffffffffU
	uintptr_t pad[2];	/* 16 bytes where pointers have 4: blocks
				 * stay 16-byte aligned, as malloc's are */
#endif
};

#define B(a) ((struct _ukallocbuddy *)(a))

/* Returns a raw block of at least @need bytes (slot or pages), or NULL. */
static void *get_block(struct _ukallocbuddy *b, size_t need)
{
	struct _ukallocbuddy_node *n;
	struct _ukallocbuddy_region *r;
	unsigned int c, order;
	uintptr_t page, s;

	for (c = 0; c < BUDDY_NCLASSES; c++) {
		if (need > BUDDY_SLOT(c))
			continue;
		if (!b->slots[c]) {	/* cut a fresh page into slots */
			page = (uintptr_t)_ukallocbuddy_getpages(b, 0);
			if (!page)
				return NULL;
			r = _ukallocbuddy_region(b, page);
			r->info[(page - r->base) / BUDDY_PAGE] = PI_SLAB | c;
			for (s = page + BUDDY_PAGE; s > page;) {
				s -= BUDDY_SLOT(c);
				n = (struct _ukallocbuddy_node *)s;
				n->next = b->slots[c];
				b->slots[c] = n;
			}
		}
		n = b->slots[c];
		b->slots[c] = n->next;
		return n;
	}
	for (order = 0; order < BUDDY_NORDERS; order++)
		if ((BUDDY_PAGE << order) >= need)
			return _ukallocbuddy_getpages(b, order);
	return NULL;
}

/* The info byte of the page holding @base (a slot or a block head). */
static uint8_t page_info(struct _ukallocbuddy *b, uintptr_t base)
{
	struct _ukallocbuddy_region *r = _ukallocbuddy_region(b, base);

	UK_ASSERT(r);
	return r->info[((base & ~(BUDDY_PAGE - 1)) - r->base) / BUDDY_PAGE];
}

/* The usable bytes from @p to the end of its block. */
static size_t room(struct _ukallocbuddy *b, void *p)
{
	uintptr_t base = ((struct hdr *)p - 1)->base;
	uint8_t pi = page_info(b, base);
	size_t size = pi & PI_SLAB ? BUDDY_SLOT(pi & PI_ARG) :
				     BUDDY_PAGE << (pi & PI_ARG);

	return base + size - (uintptr_t)p;
}

static void *buddy_memalign(struct uk_alloc *a, size_t align, size_t size)
{
	size_t extra = align > sizeof(struct hdr) ? align : sizeof(struct hdr);
	size_t slack = align > sizeof(struct hdr) ? align : 0;
	uintptr_t base, p;
	struct hdr *h;

	if (align & (align - 1) || size > ((size_t)-1 >> 2))
		return NULL;
	base = (uintptr_t)get_block(B(a), size + sizeof(struct hdr) + slack);
	if (!base)
		return NULL;
	p = (base + sizeof(struct hdr) + extra - 1) & ~(extra - 1);
	h = (struct hdr *)p - 1;
	h->base = base;
	h->check = base ^ HDR_MAGIC;
	return (void *)p;
}

static void *buddy_malloc(struct uk_alloc *a, size_t size)
{
	return buddy_memalign(a, sizeof(struct hdr), size);
}

static void *buddy_calloc(struct uk_alloc *a, size_t n, size_t size)
{
	void *p;

	if (size && n > (size_t)-1 / size)
		return NULL;
	p = buddy_malloc(a, n * size);
	return p ? memset(p, 0, n * size) : NULL;
}

static void buddy_free(struct uk_alloc *a, void *p)
{
	struct _ukallocbuddy *b = B(a);
	struct _ukallocbuddy_node *n;
	struct hdr *h = (struct hdr *)p - 1;
	uint8_t pi;

	if (!p)
		return;
	UK_ASSERT(h->check == (h->base ^ HDR_MAGIC));
	pi = page_info(b, h->base);
	h->check = 0;	/* a second free of p now fails the check */
	if (pi & PI_SLAB) {
		n = (struct _ukallocbuddy_node *)h->base;
		n->next = b->slots[pi & PI_ARG];
		b->slots[pi & PI_ARG] = n;
	} else {
		_ukallocbuddy_putpages(b, (void *)h->base);
	}
}

static void *buddy_realloc(struct uk_alloc *a, void *p, size_t size)
{
	size_t have;
	void *q;

	if (!p)
		return buddy_malloc(a, size);
	if (!size) {
		buddy_free(a, p);
		return NULL;
	}
	have = room(B(a), p);
	if (size <= have)
		return p;
	q = buddy_malloc(a, size);
	if (q) {
		memcpy(q, p, have);
		buddy_free(a, p);
	}
	return q;
}

static long buddy_availmem(struct uk_alloc *a)
{
	return B(a)->freepages * BUDDY_PAGE;
}

static size_t buddy_usable(struct uk_alloc *a, void *p)
{
	return p ? room(B(a), p) : 0;
}

static int buddy_addmem(struct uk_alloc *a, void *base, size_t len)
{
	return _ukallocbuddy_addregion(B(a), base, len);
}

struct uk_alloc *uk_alloc_backend_init(void *base, size_t len)
{
	struct _ukallocbuddy *b = base;
	unsigned int i;

	/* The allocator's state takes the region's first page. */
	if (len < 2 * BUDDY_PAGE || sizeof(*b) > BUDDY_PAGE)
		return NULL;
	memset(b, 0, sizeof(*b));
	for (i = 0; i < BUDDY_NORDERS; i++)
		b->orders[i].next = b->orders[i].prev = &b->orders[i];
	if (_ukallocbuddy_addregion(b, (char *)base + BUDDY_PAGE,
				    len - BUDDY_PAGE) < 0)
		return NULL;
	b->a.malloc = buddy_malloc;
	b->a.calloc = buddy_calloc;
	b->a.memalign = buddy_memalign;
	b->a.realloc = buddy_realloc;
	b->a.free = buddy_free;
	b->a.availmem = buddy_availmem;
	b->a.addmem = buddy_addmem;
	b->a.usable = buddy_usable;
	return &b->a;
}
