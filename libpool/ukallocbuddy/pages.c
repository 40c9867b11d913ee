/* The binary buddy over pages: free lists per order, blocks naturally
 * aligned (so a block's buddy is its address XOR its size), split on
 * allocation, merged with a free buddy on release. One info byte per page
 * says whether a block starts there, whether it is free and its order; a
 * free block's list node is its first page's entry in the span table
 * (buddy.h), not in the block. */
#include "buddy.h"
#include <uk/assert.h>
#include <uk/config.h>
#include <uk/print.h>
#include <errno.h>

/* @n after @h: at a list's head, or at its tail when @h is the tail. */
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
#define NODE(r, p) (&(r)->spans[((p) - (r)->base) / BUDDY_PAGE].node)

uintptr_t _ukallocbuddy_block_of(struct _ukallocbuddy *b,
				 struct _ukallocbuddy_node *n,
				 struct _ukallocbuddy_region **pr)
{
	struct _ukallocbuddy_span *s = (struct _ukallocbuddy_span *)n;
	struct _ukallocbuddy_region *r;

	for (r = b->regions; r; r = r->next)
		if (s >= r->spans &&
		    s < r->spans + (r->end - r->base) / BUDDY_PAGE)
			break;
	UK_ASSERT(r);
	*pr = r;
	return r->base + (uintptr_t)(s - r->spans) * BUDDY_PAGE;
}

/* A free block on its order's list: at the head (@tail 0, the next one
 * handed out: a block just freed is likely still in the caches), or at
 * the tail. */
static void put_free(struct _ukallocbuddy *b,
		     struct _ukallocbuddy_region *r, uintptr_t p,
		     unsigned int order, int tail)
{
	struct _ukallocbuddy_node *h = &b->orders[order];

	INFO(r, p) = PI_FREE | order;
	list_add(tail ? h->prev : h, NODE(r, p));
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
		list_del(NODE(r, buddy));
		INFO(r, buddy) = 0;
		INFO(r, p) = 0;
		p &= ~size;
	}
	put_free(b, r, p, order, 0);
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
	/* Carve into the largest naturally aligned blocks that fit, each
	 * at its list's tail: the lowest addresses are handed out first,
	 * so the pages a program touches stay together. */
	for (p = r->base, end = r->end; p < end; p += size) {
		for (order = BUDDY_NORDERS - 1;; order--) {
			size = BUDDY_PAGE << order;
			if (!(p & (size - 1)) && p + size <= end)
				break;
		}
		put_free(b, r, p, order, 1);
		b->freepages += 1UL << order;
		b->totalpages += 1UL << order;
	}
	return 0;
}

/* The heap's high-water mark (pages in use, the slots' spans included),
 * printed each time it has grown by the link-time
 * option UKALLOCBUDDY_HWM_KIB since the last report: a soak reads whether
 * it stays flat after warm-up. 0, the default, folds this away. */
static void hwm_note(struct _ukallocbuddy *b)
{
	unsigned long used = b->totalpages - b->freepages;
	unsigned long step = UK_OPT(UKALLOCBUDDY_HWM_KIB) * 1024 / BUDDY_PAGE;

	if (used < b->hwm_printed + (step ? step : 1))
		return;
	b->hwm_printed = used;
	uk_printk("ukalloc: heap high-water %lu KiB of %lu KiB\n",
		  used * (BUDDY_PAGE / 1024), b->totalpages * (BUDDY_PAGE / 1024));
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
	p = _ukallocbuddy_block_of(b, b->orders[k].next, &r);
	list_del(NODE(r, p));
	while (k > order) {	/* give back the upper halves */
		k--;
		put_free(b, r, p + (BUDDY_PAGE << k), k, 0);
	}
	INFO(r, p) = PI_USED | order;
	b->freepages -= 1UL << order;
	if (UK_OPT(UKALLOCBUDDY_HWM_KIB) > 0)
		hwm_note(b);
	return (void *)p;
}

void _ukallocbuddy_putpages(struct _ukallocbuddy *b, void *p)
{
	struct _ukallocbuddy_region *r = _ukallocbuddy_region(b, (uintptr_t)p);

	UK_ASSERT(r && !((uintptr_t)p & (BUDDY_PAGE - 1)));
	UK_ASSERT(INFO(r, (uintptr_t)p) & PI_USED);
	release(b, r, (uintptr_t)p, INFO(r, (uintptr_t)p) & PI_ARG);
}
