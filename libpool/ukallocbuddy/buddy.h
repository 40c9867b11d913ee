/* ukallocbuddy internals shared by its files (private). */
#ifndef _UKALLOCBUDDY_H
#define _UKALLOCBUDDY_H

#include <uk/alloc.h>
#include <stdint.h>

#define BUDDY_PAGE	4096UL
#define BUDDY_NORDERS	32	/* blocks of 2^0 .. 2^31 pages */
/* Slot classes (alloc.c): 16..128 bytes in steps of 16, then four
 * classes per doubling up to 8 KiB; larger requests take 2^k pages. */
#define BUDDY_NCLASSES	32
#define BUDDY_SLOTMAX	8192UL

/* Page info byte of the first page of a block (other pages hold 0), or
 * of every page of a span of slots. */
#define PI_FREE		0x80	/* | order: a free block */
#define PI_USED		0x40	/* | order: an allocated block */
#define PI_SLAB		0x20	/* | class: a page of a span cut into slots */
#define PI_ARG		0x1f

struct _ukallocbuddy_node {	/* lives in a free block or slot */
	struct _ukallocbuddy_node *next, *prev;
};

/* A span of pages cut into slots of one class (alloc.c); kept in the
 * region's table, at the index of the span's first page. */
struct _ukallocbuddy_span {
	struct _ukallocbuddy_node *free;	/* its free slots (->next) */
	struct _ukallocbuddy_span *next, *prev;	/* its class's spans that
						 * have free slots */
	unsigned long used;			/* slots handed out */
};

/* A region: this header, one info byte per page, a span entry per page,
 * then the pages. */
struct _ukallocbuddy_region {
	struct _ukallocbuddy_region *next;
	uintptr_t base;		/* first managed page */
	uintptr_t end;		/* past the last managed page */
	struct _ukallocbuddy_span *spans;	/* after info[] */
	uint8_t info[];
};

struct _ukallocbuddy {
	struct uk_alloc a;	/* first: the uk_alloc is the allocator */
	struct _ukallocbuddy_node orders[BUDDY_NORDERS];	/* list heads */
	struct _ukallocbuddy_span *partial[BUDDY_NCLASSES];	/* per class */
	struct _ukallocbuddy_region *regions;
	unsigned long freepages;
};

/* Page-level buddy (pages.c). */
int _ukallocbuddy_addregion(struct _ukallocbuddy *b, void *base,
			    unsigned long len);
void *_ukallocbuddy_getpages(struct _ukallocbuddy *b, unsigned int order);
void _ukallocbuddy_putpages(struct _ukallocbuddy *b, void *p);
/* The region and info byte of the page holding @p, or NULL. */
struct _ukallocbuddy_region *_ukallocbuddy_region(struct _ukallocbuddy *b,
						  uintptr_t p);

#endif
