/*
 * The part of libfdt's API (the pool's fdt library, libpool/fdt) that the
 * arm64 part calls. Declared here because the pool build gives platform
 * code only the pool's own include/ folders, not a port's upstream
 * headers; the prototypes are libfdt's (libfdt.h, dtc 1.6).
 */
#ifndef KVM_FDT_API_H
#define KVM_FDT_API_H

const void *fdt_getprop(const void *fdt, int nodeoffset, const char *name,
			int *lenp);
int fdt_next_node(const void *fdt, int offset, int *depth);
int fdt_subnode_offset(const void *fdt, int parentoffset, const char *name);
const char *fdt_get_name(const void *fdt, int nodeoffset, int *lenp);
int fdt_node_offset_by_compatible(const void *fdt, int startoffset,
				  const char *compatible);

/* Device-tree cells are big-endian, and 4-byte aligned (the tree is
 * 8-byte aligned, its tokens and property values 4-byte aligned in it):
 * one load (MMU on: Normal memory). */
static inline unsigned int fdt_cell(const void *p, int i)
{
	return __builtin_bswap32(((const unsigned int *)p)[i]);
}

#endif /* KVM_FDT_API_H */
