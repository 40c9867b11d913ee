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

struct _ukallocbuddy_node {	/* a free slot's first words, or a free
				 * block's entry in the span table */
	struct _ukallocbuddy_node *next, *prev;
};

/* The region's table has an entry per page. The first page of a span of
 * pages cut into slots of one class (alloc.c) holds the span's state;
 * the first page of a free block holds the block's node on its order's
 * list (pages.c), so the buddy never writes into free memory: a block is
 * first touched by whoever allocates it (a fresh page of guest memory
 * costs the host a fault and a zeroed page; carving 256 MiB into blocks
 * used to touch one in every block, 0.3 s of nginx's boot under TCG). */
struct _ukallocbuddy_span {
	union {
		struct {
			struct _ukallocbuddy_node *free; /* its free slots */
			struct _ukallocbuddy_span *next, *prev; /* its
					 * class's spans with free slots */
			unsigned long used;	/* slots handed out */
		};
		struct _ukallocbuddy_node node;	/* a free block's */
	};
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
	unsigned long totalpages;	/* every page handed to the buddy */
	unsigned long hwm_printed;	/* pages in use at the last report */
};

/* Page-level buddy (pages.c). */
int _ukallocbuddy_addregion(struct _ukallocbuddy *b, void *base,
			    unsigned long len);
void *_ukallocbuddy_getpages(struct _ukallocbuddy *b, unsigned int order);
void _ukallocbuddy_putpages(struct _ukallocbuddy *b, void *p);
/* The free block whose node (on an order's list) is @n, its region in
 * @pr. */
uintptr_t _ukallocbuddy_block_of(struct _ukallocbuddy *b,
				 struct _ukallocbuddy_node *n,
				 struct _ukallocbuddy_region **pr);
/* The region and info byte of the page holding @p, or NULL. */
struct _ukallocbuddy_region *_ukallocbuddy_region(struct _ukallocbuddy *b,
						  uintptr_t p);

#endif
