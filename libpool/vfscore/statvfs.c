/* The filesystem's figures: ramfs lives in the heap, so its blocks are
 * the heap's pages (the platform's free memory regions) and its free
 * blocks what the allocator has left. */
#include "vfs_impl.h"
#include <uk/alloc.h>
#include <uk/plat/memory.h>

#define BSIZE 4096

int vfscore_statvfs(struct vfscore_statvfs *st)
{
	struct uk_alloc *a = uk_alloc_get_default();
	long avail = a ? uk_alloc_availmem(a) : 0;
	struct ukplat_memregion m;
	uint64_t total = 0;
	int i;

	for (i = 0; i < ukplat_memregion_count(); i++)
		if (ukplat_memregion_get(i, &m) == 0)
			total += m.len;
	if (avail < 0)
		avail = 0;
	if (total < (uint64_t)avail)
		total = avail;
	*st = (struct vfscore_statvfs){
		.bsize = BSIZE, .blocks = total / BSIZE,
		.bfree = avail / BSIZE, .files = total / BSIZE,
		.ffree = avail / BSIZE, .namemax = VFSCORE_NAME_MAX,
	};
	return 0;
}
