/* The uk_alloc operations over the page buddy. Requests of up to 8 KiB
 * take a slot of the smallest class that fits (16..128 bytes in steps of
 * 16, then four classes per doubling: 160, 192, 224, 256, 320 ... 8192),
 * cut from a span of pages that holds at least eight slots (a span goes
 * back to the buddy when its last slot is freed, but for the last span
 * of its class); larger requests take 2^k pages. No header: a slot's
 * class is its page's info byte, and a page block starts at the pointer,
 * so the allocator adds nothing to a request and a program's objects sit
 * as densely as the classes allow (rounding every request up to a power
 * of two doubled what SQLite's 4.2 KiB page buffers took, and put all of
 * their headers on the same few cache sets). */
#include "buddy.h"
#include <uk/alloc_impl.h>
#include <uk/assert.h>
#include <string.h>

/* A free slot's second word: catches a second free of the same slot. */
#define FREE_MARK	0xf7eeb0ddf7eeb0ddUL

#define B(a) ((struct _ukallocbuddy *)(a))

/* The class of a request of @n bytes (1..BUDDY_SLOTMAX; 0 counts as 1). */
static inline unsigned int slot_class(size_t n)
{
	unsigned int k;

	if (n <= 128)
		return n ? (unsigned int)(n - 1) / 16 : 0;
	k = 63 - __builtin_clzl(n - 1);		/* 2^k < n <= 2^(k+1), k >= 7 */
	return 8 + (k - 7) * 4 + (unsigned int)((n - 1) >> (k - 2) & 3);
}

static inline size_t slot_size(unsigned int c)
{
	unsigned int k;

	if (c < 8)
		return 16 * (c + 1);
	k = (c - 8) / 4 + 7;
	return (size_t)(4 + (c - 8) % 4 + 1) << (k - 2);
}

/* The order of the span cut into slots of class @c: at least eight slots
 * (one page up to 512 bytes). */
static inline unsigned int span_order(unsigned int c)
{
	unsigned int order = 0;

	while ((BUDDY_PAGE << order) < 8 * slot_size(c))
		order++;
	return order;
}

static void partial_add(struct _ukallocbuddy *b, unsigned int c,
			struct _ukallocbuddy_span *s)
{
	s->prev = NULL;
	s->next = b->partial[c];
	if (s->next)
		s->next->prev = s;
	b->partial[c] = s;
}

static void partial_del(struct _ukallocbuddy *b, unsigned int c,
			struct _ukallocbuddy_span *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		b->partial[c] = s->next;
	if (s->next)
		s->next->prev = s->prev;
}

static struct _ukallocbuddy_span *span_of(struct _ukallocbuddy_region *r,
					  uintptr_t span)
{
	return &r->spans[(span - r->base) / BUDDY_PAGE];
}

/* A fresh span for class @c, all its slots free, on the class's list;
 * NULL when out of pages. */
static struct _ukallocbuddy_span *cut_span(struct _ukallocbuddy *b,
					   unsigned int c)
{
	unsigned int order = span_order(c);
	size_t size = slot_size(c);
	struct _ukallocbuddy_region *r;
	struct _ukallocbuddy_span *sp;
	struct _ukallocbuddy_node *n;
	uintptr_t span, s, i;

	span = (uintptr_t)_ukallocbuddy_getpages(b, order);
	if (!span)
		return NULL;
	r = _ukallocbuddy_region(b, span);
	for (i = 0; i < (1UL << order); i++)
		r->info[(span - r->base) / BUDDY_PAGE + i] = PI_SLAB | c;
	sp = span_of(r, span);
	sp->free = NULL;
	sp->used = 0;
	/* lowest address first on the list */
	s = span + ((BUDDY_PAGE << order) / size) * size;
	while (s > span) {
		s -= size;
		n = (struct _ukallocbuddy_node *)s;
		n->next = sp->free;
		n->prev = (struct _ukallocbuddy_node *)(s ^ FREE_MARK);
		sp->free = n;
	}
	partial_add(b, c, sp);
	return sp;
}

static void *slot_get(struct _ukallocbuddy *b, unsigned int c)
{
	struct _ukallocbuddy_span *sp = b->partial[c];
	struct _ukallocbuddy_node *n;

	if (!sp) {
		sp = cut_span(b, c);
		if (!sp)
			return NULL;
	}
	n = sp->free;
	sp->free = n->next;
	sp->used++;
	if (!sp->free)		/* full: off the list until a slot is freed */
		partial_del(b, c, sp);
	n->prev = NULL;		/* no longer marked free */
	return n;
}

/* Back to its span; a span left empty goes back to the buddy unless it
 * is the class's only span with free slots (a class that allocates and
 * frees one object in a loop must not cut a span each time). */
static void slot_put(struct _ukallocbuddy *b, struct _ukallocbuddy_region *r,
		     unsigned int c, void *p)
{
	unsigned int order = span_order(c);
	uintptr_t span = (uintptr_t)p & ~((BUDDY_PAGE << order) - 1), i;
	struct _ukallocbuddy_span *sp = span_of(r, span);
	struct _ukallocbuddy_node *n = p;

	UK_ASSERT(n->prev != (void *)((uintptr_t)p ^ FREE_MARK)); /* twice */
	UK_ASSERT(sp->used);
	if (!sp->free)
		partial_add(b, c, sp);
	n->next = sp->free;
	n->prev = (struct _ukallocbuddy_node *)((uintptr_t)p ^ FREE_MARK);
	sp->free = n;
	if (--sp->used || (b->partial[c] == sp && !sp->next))
		return;
	partial_del(b, c, sp);
	for (i = 1; i < (1UL << order); i++)
		r->info[(span - r->base) / BUDDY_PAGE + i] = 0;
	r->info[(span - r->base) / BUDDY_PAGE] = PI_USED | order;
	_ukallocbuddy_putpages(b, (void *)span);
}

/* The smallest order of 2^k pages holding @n bytes. */
static unsigned int page_order(size_t n)
{
	unsigned int order = 0;

	while ((BUDDY_PAGE << order) < n)
		order++;
	return order;
}

/* The info byte of the page holding @p. */
static uint8_t page_info(struct _ukallocbuddy *b, uintptr_t p)
{
	struct _ukallocbuddy_region *r = _ukallocbuddy_region(b, p);

	UK_ASSERT(r);
	return r->info[((p & ~(BUDDY_PAGE - 1)) - r->base) / BUDDY_PAGE];
}

/* The usable bytes at @p (a slot, or a block starting at @p). */
static size_t room(struct _ukallocbuddy *b, void *p)
{
	uint8_t pi = page_info(b, (uintptr_t)p);

	UK_ASSERT(pi & (PI_SLAB | PI_USED));
	return pi & PI_SLAB ? slot_size(pi & PI_ARG) : BUDDY_PAGE << (pi & PI_ARG);
}

static void *buddy_malloc(struct uk_alloc *a, size_t size)
{
	if (size <= BUDDY_SLOTMAX)
		return slot_get(B(a), slot_class(size));
	if (size > ((size_t)-1 >> 2))
		return NULL;
	return _ukallocbuddy_getpages(B(a), page_order(size));
}

/* Slots lie at multiples of their size from a page-aligned span: a class
 * whose size is a multiple of @align (up to a page) is aligned; a block
 * of 2^k pages is aligned to its size. */
static void *buddy_memalign(struct uk_alloc *a, size_t align, size_t size)
{
	unsigned int c;

	if (align & (align - 1) || size > ((size_t)-1 >> 2))
		return NULL;
	if (align <= BUDDY_PAGE && size <= BUDDY_SLOTMAX)
		for (c = slot_class(size); c < BUDDY_NCLASSES; c++)
			if (!(slot_size(c) & (align - 1)))
				return slot_get(B(a), c);
	return _ukallocbuddy_getpages(B(a),
				      page_order(size > align ? size : align));
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
	struct _ukallocbuddy_region *r;
	uint8_t pi;

	if (!p)
		return;
	r = _ukallocbuddy_region(b, (uintptr_t)p);
	UK_ASSERT(r);
	pi = r->info[(((uintptr_t)p & ~(BUDDY_PAGE - 1)) - r->base) / BUDDY_PAGE];
	if (pi & PI_SLAB)
		slot_put(b, r, pi & PI_ARG, p);
	else
		_ukallocbuddy_putpages(b, p);
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
