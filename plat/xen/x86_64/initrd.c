/*
 * The initrd on xen (<uk/plat/initrd.h>): the ramdisk xl loads (`ramdisk=`
 * in the domain's config), which start_info describes by its virtual
 * address, or by its first frame when Xen sets SIF_MOD_START_PFN. libxc
 * places it right after the image, below the boot data that memory.c
 * keeps out of the heap. Reached only through vfscore's weak reference:
 * a forced member.
 */
#include <uk/plat/initrd.h>
#include "xen.h"

#define SIF_MOD_START_PFN	(1U << 3)

int ukplat_initrd(const void **base, size_t *len)
{
	const struct xen_start_info *si = _xen_si;

	*len = si->mod_start ? si->mod_len : 0;
	*base = !*len ? NULL : (si->flags & SIF_MOD_START_PFN) ?
		_xen_pfn_to_va(si->mod_start) : (const void *)si->mod_start;
	return 0;
}
