/*
 * The free-RAM regions of uk/plat/memory.h, for every platform (plat.h):
 * the platform adds what its boot information calls RAM and takes out
 * what is still in use; the table stays sorted and page-aligned.
 */
#include <errno.h>
#include <uk/plat/memory.h>
#include "plat.h"

#define MAX_REGIONS	16
#define PAGE		4096UL

static struct ukplat_memregion regions[MAX_REGIONS];
static int nr_regions;

static unsigned long page_up(unsigned long a)
{
	return (a + PAGE - 1) & ~(PAGE - 1);
}

static unsigned long page_down(unsigned long a)
{
	return a & ~(PAGE - 1);
}

void PLAT_PRIV(memregion_add)(unsigned long base, unsigned long end)
{
	int i;

	base = page_up(base);
	end = page_down(end);
	if (end <= base || nr_regions == MAX_REGIONS)
		return;
	for (i = nr_regions; i > 0 && regions[i - 1].base > base; i--)
		regions[i] = regions[i - 1];
	regions[i].base = base;
	regions[i].len = end - base;
	regions[i].flags = UKPLAT_MEMRF_FREE;
	nr_regions++;
}

void PLAT_PRIV(memregion_one)(unsigned long base, unsigned long end)
{
	base = page_up(base);
	end = page_down(end);
	nr_regions = end > base;
	regions[0].base = base;
	regions[0].len = end - base;
	regions[0].flags = UKPLAT_MEMRF_FREE;
}

static void region_del(int i)
{
	for (nr_regions--; i < nr_regions; i++)
		regions[i] = regions[i + 1];
}

void PLAT_PRIV(memregion_reserve)(unsigned long base, unsigned long len)
{
	unsigned long rb = page_down(base), re = page_up(base + len);
	int i;

	if (!len)
		return;
	for (i = 0; i < nr_regions; i++) {
		unsigned long b = regions[i].base;
		unsigned long e = b + regions[i].len;

		if (re <= b || rb >= e)
			continue;
		region_del(i--);
		/* Keep what lies on either side (sorted order holds). */
		PLAT_PRIV(memregion_add)(b, rb > b ? rb : b);
		PLAT_PRIV(memregion_add)(re < e ? re : e, e);
	}
}

int ukplat_memregion_count(void)
{
	if (PLAT_PRIV(memregion_prepare))
		PLAT_PRIV(memregion_prepare)();
	return nr_regions;
}

int ukplat_memregion_get(int i, struct ukplat_memregion *m)
{
	if (PLAT_PRIV(memregion_prepare))
		PLAT_PRIV(memregion_prepare)();
	if (i < 0 || i >= nr_regions || !m)
		return -EINVAL;
	*m = regions[i];
	return 0;
}
