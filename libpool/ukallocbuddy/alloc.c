/* The uk_alloc operations over the page buddy. Requests that fit 2 KiB
 * with a 16-byte header come from slots of 32..2048 bytes cut from whole
 * pages (pages of slots are never given back); the header names the slot,
 * so free() and realloc() work for any alignment. Larger ones take a block
 * of 2^k pages, naturally aligned, with no header: the block starts at the
 * pointer and its page's info byte holds its order. A page-aligned pointer
 * is therefore a page block (a slot's pointer lies strictly inside its
 * page), and a 16 KiB request takes 16 KiB, not 32. */
#include "buddy.h"
#include <uk/alloc_impl.h>
#include <uk/assert.h>
#include <string.h>

#define HDR_MAGIC	0xb0ddb0ddUL

struct hdr {
	uintptr_t base;		/* the slot or page block */
	uintptr_t check;	/* base ^ HDR_MAGIC: catches bad frees */
};

#define B(a) ((struct _ukallocbuddy *)(a))

/* Returns a slot of at least @need bytes (at most BUDDY_SLOT of the last
 * class), or NULL. */
static void *get_block(struct _ukallocbuddy *b, size_t need)
{
	struct _ukallocbuddy_node *n;
	struct _ukallocbuddy_region *r;
	unsigned int c;
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
	return NULL;
}

/* Returns a block of 2^k pages of at least @size bytes, or NULL. */
static void *get_pages(struct _ukallocbuddy *b, size_t size)
{
	unsigned int order;

	for (order = 0; order < BUDDY_NORDERS; order++)
		if ((BUDDY_PAGE << order) >= size)
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

#define PAGE_BLOCK(p) (!((uintptr_t)(p) & (BUDDY_PAGE - 1)))

/* The usable bytes from @p to the end of its block. */
static size_t room(struct _ukallocbuddy *b, void *p)
{
	uintptr_t base;
	uint8_t pi;

	if (PAGE_BLOCK(p)) {
		pi = page_info(b, (uintptr_t)p);
		UK_ASSERT(pi & PI_USED);
		return BUDDY_PAGE << (pi & PI_ARG);
	}
	base = ((struct hdr *)p - 1)->base;
	pi = page_info(b, base);
	UK_ASSERT(pi & PI_SLAB);
	return base + BUDDY_SLOT(pi & PI_ARG) - (uintptr_t)p;
}

static void *buddy_memalign(struct uk_alloc *a, size_t align, size_t size)
{
	size_t extra = align > sizeof(struct hdr) ? align : sizeof(struct hdr);
	size_t slack = align > sizeof(struct hdr) ? align : 0;
	uintptr_t base, p;
	struct hdr *h;

	if (align & (align - 1) || size > ((size_t)-1 >> 2))
		return NULL;
	if (size + sizeof(struct hdr) + slack > BUDDY_SLOT(BUDDY_NCLASSES - 1))
		return get_pages(B(a), size > align ? size : align);
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
	if (PAGE_BLOCK(p)) {
		_ukallocbuddy_putpages(b, p);
		return;
	}
	UK_ASSERT(h->check == (h->base ^ HDR_MAGIC));
	pi = page_info(b, h->base);
	UK_ASSERT(pi & PI_SLAB);
	h->check = 0;	/* a second free of p now fails the check */
	n = (struct _ukallocbuddy_node *)h->base;
	n->next = b->slots[pi & PI_ARG];
	b->slots[pi & PI_ARG] = n;
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
