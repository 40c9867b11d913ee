/* libfdt: build a tree with the sequential-write API, check it, read nodes
 * and properties back, then change it in place (read-write API). */
#include <stdio.h>
#include <string.h>
#include <libfdt.h>
#include <uk/test.h>

/* Every libfdt call returns >= 0 or a negative FDT_ERR_*. */
#define OK(x) do { \
	int _e = (x); \
	if (_e < 0) { \
		printf("FAIL line %d: %s: %s\n", __LINE__, #x, \
		       fdt_strerror(_e)); \
		fails++; \
	} \
} while (0)

static char tree[1024] __attribute__((aligned(8)));
static char big[2048] __attribute__((aligned(8)));

static void build(void)
{
	fdt32_t reg[2] = { cpu_to_fdt32(0), cpu_to_fdt32(0x1000) };

	OK(fdt_create(tree, sizeof(tree)));
	OK(fdt_add_reservemap_entry(tree, 0x100000, 0x2000));
	OK(fdt_finish_reservemap(tree));
	OK(fdt_begin_node(tree, ""));
	OK(fdt_property_string(tree, "compatible", "uklink,test"));
	OK(fdt_property_u32(tree, "#address-cells", 1));
	OK(fdt_property_u32(tree, "#size-cells", 1));
	OK(fdt_begin_node(tree, "chosen"));
	OK(fdt_property_string(tree, "bootargs", "console=ttyS0 quiet"));
	OK(fdt_end_node(tree));
	OK(fdt_begin_node(tree, "memory@0"));
	OK(fdt_property_string(tree, "device_type", "memory"));
	OK(fdt_property(tree, "reg", reg, sizeof(reg)));
	OK(fdt_end_node(tree));
	OK(fdt_begin_node(tree, "soc"));
	OK(fdt_begin_node(tree, "uart@3f8"));
	OK(fdt_property_u64(tree, "clock-frequency", 0x100000000ULL));
	OK(fdt_property(tree, "empty", NULL, 0));
	OK(fdt_end_node(tree));
	OK(fdt_end_node(tree));
	OK(fdt_end_node(tree));
	OK(fdt_finish(tree));
}

static void read_back(const void *t)
{
	const fdt32_t *p32;
	const fdt64_t *p64;
	const char *s;
	uint64_t addr, size;
	int off, len, n;

	OK(fdt_check_header(t));
	CHECK(fdt_magic(t) == FDT_MAGIC);
	CHECK(fdt_num_mem_rsv(t) == 1);
	OK(fdt_get_mem_rsv(t, 0, &addr, &size));
	CHECK(addr == 0x100000 && size == 0x2000);

	s = fdt_getprop(t, 0, "compatible", &len);
	CHECK(s && len == sizeof("uklink,test") && !strcmp(s, "uklink,test"));
	CHECK(fdt_node_check_compatible(t, 0, "uklink,test") == 0);
	CHECK(fdt_address_cells(t, 0) == 1 && fdt_size_cells(t, 0) == 1);

	off = fdt_path_offset(t, "/chosen");
	CHECK(off > 0);
	s = fdt_getprop(t, off, "bootargs", &len);
	CHECK(s && !strcmp(s, "console=ttyS0 quiet") && len == 20);
	CHECK(fdt_getprop(t, off, "nonexistent", &len) == NULL &&
	      len == -FDT_ERR_NOTFOUND);

	off = fdt_path_offset(t, "/memory@0");
	CHECK(off > 0 && !strcmp(fdt_get_name(t, off, NULL), "memory@0"));
	p32 = fdt_getprop(t, off, "reg", &len);
	CHECK(p32 && len == 8 && fdt32_to_cpu(p32[0]) == 0 &&
	      fdt32_to_cpu(p32[1]) == 0x1000);
	CHECK(fdt_node_offset_by_prop_value(t, -1, "device_type", "memory",
					    sizeof("memory")) == off);

	off = fdt_path_offset(t, "/soc/uart@3f8");
	CHECK(off > 0);
	CHECK(fdt_subnode_offset(t, fdt_path_offset(t, "/soc"), "uart@3f8") == off);
	CHECK(fdt_parent_offset(t, off) == fdt_path_offset(t, "/soc"));
	CHECK(fdt_node_depth(t, off) == 2);
	p64 = fdt_getprop(t, off, "clock-frequency", &len);
	CHECK(p64 && len == 8 && fdt64_to_cpu(*p64) == 0x100000000ULL);
	CHECK(fdt_getprop(t, off, "empty", &len) != NULL && len == 0);
	CHECK(fdt_path_offset(t, "/soc/missing") == -FDT_ERR_NOTFOUND);

	n = 0;
	fdt_for_each_subnode(off, t, 0)
		n++;
	CHECK(n == 3);
}

int main(void)
{
	char path[64];
	const char *s;
	int off, len;

	build();
	read_back(tree);

	/* Read-write API: open into a larger buffer, add and change. */
	OK(fdt_open_into(tree, big, sizeof(big)));
	read_back(big);
	off = fdt_path_offset(big, "/chosen");
	OK(fdt_setprop_string(big, off, "bootargs", "a much longer command line"));
	OK(off = fdt_add_subnode(big, 0, "cpus"));
	OK(fdt_setprop_u32(big, off, "count", 4));
	OK(fdt_delprop(big, fdt_path_offset(big, "/soc/uart@3f8"), "empty"));
	OK(fdt_pack(big));
	s = fdt_getprop(big, fdt_path_offset(big, "/chosen"), "bootargs", &len);
	CHECK(s && !strcmp(s, "a much longer command line"));
	off = fdt_path_offset(big, "/cpus");
	CHECK(off > 0 && fdt32_ld(fdt_getprop(big, off, "count", NULL)) == 4);
	OK(fdt_get_path(big, off, path, sizeof(path)));
	CHECK(!strcmp(path, "/cpus"));
	CHECK(fdt_getprop(big, fdt_path_offset(big, "/soc/uart@3f8"), "empty",
			  &len) == NULL);
	CHECK(fdt_totalsize(big) < sizeof(big));

	/* A corrupted header is refused. */
	((fdt32_t *)tree)[0] = cpu_to_fdt32(0xdeadbeef);
	CHECK(fdt_check_header(tree) == -FDT_ERR_BADMAGIC);
	CHECK(fdt_path_offset(tree, "/chosen") < 0);

	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails ? 1 : 0;
}
