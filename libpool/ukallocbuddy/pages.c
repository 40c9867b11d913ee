/* The binary buddy over pages: free lists per order, blocks naturally
 * aligned (so a block's buddy is its address XOR its size), split on
 * allocation, merged with a free buddy on release. One info byte per page
 * says whether a block starts there, whether it is free and its order. */
#include "buddy.h"
#include <uk/assert.h>
#include <errno.h>

static void list_add(struct _ukallocbuddy_node *h,
		     struct _ukallocbuddy_node *n)
{
	n->next = h->next;
	n->prev = h;
	h->next->prev = n;
	h->next = n;
}

static void list_del(struct _ukallocbuddy_node *n)
{
	n->prev->next = n->next;
	n->next->prev = n->prev;
}

struct _ukallocbuddy_region *_ukallocbuddy_region(struct _ukallocbuddy *b,
						  uintptr_t p)
{
	struct _ukallocbuddy_region *r;

	for (r = b->regions; r; r = r->next)
		if (p >= r->base && p < r->end)
			return r;
	return NULL;
}

#define INFO(r, p) ((r)->info[((p) - (r)->base) / BUDDY_PAGE])

static void put_free(struct _ukallocbuddy *b,
		     struct _ukallocbuddy_region *r, uintptr_t p,
		     unsigned int order)
{
	INFO(r, p) = PI_FREE | order;
	list_add(&b->orders[order], (struct _ukallocbuddy_node *)p);
}

/* Frees the block at @p of @order, merging it with free buddies. */
static void release(struct _ukallocbuddy *b, struct _ukallocbuddy_region *r,
		    uintptr_t p, unsigned int order)
{
	uintptr_t buddy, size;

	b->freepages += 1UL << order;
	for (; order < BUDDY_NORDERS - 1; order++) {
		size = BUDDY_PAGE << order;
		buddy = p ^ size;
		if (buddy < r->base || buddy + size > r->end ||
		    INFO(r, buddy) != (PI_FREE | order))
			break;
		list_del((struct _ukallocbuddy_node *)buddy);
		INFO(r, buddy) = 0;
		INFO(r, p) = 0;
		p &= ~size;
	}
	put_free(b, r, p, order);
}

int _ukallocbuddy_addregion(struct _ukallocbuddy *b, void *base,
			    unsigned long len)
{
	struct _ukallocbuddy_region *r = base;
	uintptr_t start = (uintptr_t)base, end, p, size;
	unsigned long pages, meta, i;
	unsigned int order;

	if (start & (BUDDY_PAGE - 1))
		return -EINVAL;
	/* An info byte and a span entry for every page, then round up to
	 * whole pages. */
	pages = len / BUDDY_PAGE;
	meta = (sizeof(*r) + pages + sizeof(*r->spans) +
		pages * sizeof(*r->spans) + BUDDY_PAGE - 1) / BUDDY_PAGE;
	if (pages <= meta)
		return -ENOMEM;
	r->base = start + meta * BUDDY_PAGE;
	r->end = start + pages * BUDDY_PAGE;
	r->spans = (struct _ukallocbuddy_span *)
		(((uintptr_t)&r->info[pages] + sizeof(*r->spans) - 1) /
		 sizeof(*r->spans) * sizeof(*r->spans));
	for (i = 0; i < pages - meta; i++)
		r->info[i] = 0;
	r->next = b->regions;
	b->regions = r;
	/* Carve into the largest naturally aligned blocks that fit. */
	for (p = r->base, end = r->end; p < end; p += size) {
		for (order = BUDDY_NORDERS - 1;; order--) {
			size = BUDDY_PAGE << order;
			if (!(p & (size - 1)) && p + size <= end)
				break;
		}
		put_free(b, r, p, order);
		b->freepages += 1UL << order;
	}
	return 0;
}

void *_ukallocbuddy_getpages(struct _ukallocbuddy *b, unsigned int order)
{
	struct _ukallocbuddy_region *r;
	unsigned int k;
	uintptr_t p;

	for (k = order; k < BUDDY_NORDERS; k++)
		if (b->orders[k].next != &b->orders[k])
			break;
	if (k >= BUDDY_NORDERS)
		return NULL;
	p = (uintptr_t)b->orders[k].next;
	list_del((struct _ukallocbuddy_node *)p);
	r = _ukallocbuddy_region(b, p);
	while (k > order) {	/* give back the upper halves */
		k--;
		put_free(b, r, p + (BUDDY_PAGE << k), k);
	}
	INFO(r, p) = PI_USED | order;
	b->freepages -= 1UL << order;
	return (void *)p;
}

void _ukallocbuddy_putpages(struct _ukallocbuddy *b, void *p)
{
	struct _ukallocbuddy_region *r = _ukallocbuddy_region(b, (uintptr_t)p);

	UK_ASSERT(r && !((uintptr_t)p & (BUDDY_PAGE - 1)));
	UK_ASSERT(INFO(r, (uintptr_t)p) & PI_USED);
	release(b, r, (uintptr_t)p, INFO(r, (uintptr_t)p) & PI_ARG);
}
