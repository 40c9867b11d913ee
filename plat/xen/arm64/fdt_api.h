/*
 * The part of libfdt's API (the pool's fdt library, libpool/fdt) that the
 * arm64 part calls. Declared here because the pool build gives platform
 * code only the pool's own include/ folders, not a port's upstream
 * headers; the prototypes are libfdt's (libfdt.h, dtc 1.6).
 */
#ifndef XEN_FDT_API_H
#define XEN_FDT_API_H

int fdt_check_header(const void *fdt);
int fdt_path_offset(const void *fdt, const char *path);
const void *fdt_getprop(const void *fdt, int nodeoffset, const char *name,
			int *lenp);
int fdt_node_offset_by_compatible(const void *fdt, int startoffset,
				  const char *compatible);
int fdt_node_offset_by_prop_value(const void *fdt, int startoffset,
				  const char *propname, const void *propval,
				  int proplen);
int fdt_parent_offset(const void *fdt, int nodeoffset);
int fdt_address_cells(const void *fdt, int nodeoffset);
int fdt_size_cells(const void *fdt, int nodeoffset);

/* Device-tree cells are big-endian. */
static inline unsigned int fdt_cell(const void *p, int i)
{
	const unsigned char *b = (const unsigned char *)p + 4 * i;

	return (unsigned int)b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3];
}

#endif /* XEN_FDT_API_H */
