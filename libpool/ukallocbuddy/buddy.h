/* ukallocbuddy internals shared by its files (private). */
#ifndef _UKALLOCBUDDY_H
#define _UKALLOCBUDDY_H

#include <uk/alloc.h>
#include <stdint.h>

#define BUDDY_PAGE	4096UL
#define BUDDY_NORDERS	32	/* blocks of 2^0 .. 2^31 pages */
#define BUDDY_NCLASSES	7	/* small slots of 32 .. 2048 bytes */
#define BUDDY_SLOT(c)	(32UL << (c))

/* Page info byte of the first page of a block; other pages hold 0. */
#define PI_FREE		0x80	/* | order: a free block */
#define PI_USED		0x40	/* | order: an allocated block */
#define PI_SLAB		0x20	/* | class: a page cut into small slots */
#define PI_ARG		0x1f

struct _ukallocbuddy_node {	/* lives in a free block or slot */
	struct _ukallocbuddy_node *next, *prev;
};

/* A region: this header, then one info byte per page, then the pages. */
struct _ukallocbuddy_region {
	struct _ukallocbuddy_region *next;
	uintptr_t base;		/* first managed page */
	uintptr_t end;		/* past the last managed page */
	uint8_t info[];
};

struct _ukallocbuddy {
	struct uk_alloc a;	/* first: the uk_alloc is the allocator */
	struct _ukallocbuddy_node orders[BUDDY_NORDERS];	/* list heads */
	struct _ukallocbuddy_node *slots[BUDDY_NCLASSES];	/* singly */
	struct _ukallocbuddy_region *regions;
	unsigned long freepages;
	unsigned long totalpages;	/* every page handed to the buddy */
	unsigned long hwm_printed;	/* pages in use at the last report */
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
