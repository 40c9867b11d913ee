/*
 * The machine's description from the device tree (libfdt): at boot, in
 * one pass over the root's children (every device of QEMU virt is one),
 * memory, the PL011 console of /chosen's stdout-path and PSCI's conduit;
 * from /chosen the command line and the initrd. The other devices are
 * looked up by their users, when first used (_kvm_dtb_find: the PL031
 * clock, the GIC, the virtual timer's interrupt, PCIe's configuration
 * space); virtio-mmio transports when the bus is scanned (vmmio.c).
 */
#include <string.h>
#include "arm64.h"
#include "fdt_api.h"

#define FDT_MAGIC	0xd00dfeedU

struct kvm_machine _kvm_machine;
static int root_ac = 2, root_sc = 1;	/* the root's cell counts */

/* A 1- or 2-cell number. */
static unsigned long cells(const void *p, int i, int n)
{
	unsigned long v = fdt_cell(p, i);

	return n == 2 ? v << 32 | fdt_cell(p, i + 1) : v;
}

static const char *str_prop(int node, const char *name, int *len)
{
	const char *s = fdt_getprop(_kvm_machine.fdt, node, name, len);

	return s && *len > 0 && !s[*len - 1] ? s : 0;
}

int _kvm_dtb_reg(int node, int i, unsigned long *base, unsigned long *size)
{
	int len, n = root_ac + root_sc;
	const void *reg = fdt_getprop(_kvm_machine.fdt, node, "reg", &len);

	if (!reg || root_ac < 1 || root_ac > 2 || root_sc > 2 ||
	    (i + 1) * n * 4 > len)
		return -1;
	*base = cells(reg, i * n, root_ac);
	*size = root_sc ? cells(reg, i * n + root_ac, root_sc) : 0;
	return 0;
}

unsigned int _kvm_dtb_irq(int node, int i)
{
	int len;
	const void *p = fdt_getprop(_kvm_machine.fdt, node, "interrupts", &len);

	if (!p || (i + 1) * 12 > len)
		return 0;
	/* <type number flags>: type 0 SPI (IDs 32-1019), 1 PPI (16-31). */
	return fdt_cell(p, 3 * i + 1) + (fdt_cell(p, 3 * i) ? 16 : 32);
}

/* Kinds of devices and the compatible strings they are known by, in
 * one string: a kind letter, then the name; an empty one ends it. Boot
 * reads the two hello world needs; the others are looked up by their
 * users (_kvm_dtb_find), so that images without them carry no code or
 * names for them. */
enum { K_UART = 'u', K_PSCI = 'p' };
static const char boot_kinds[] =
	"uarm,pl011\0parm,psci-0.2\0parm,psci\0";

/* The kind of a node from its compatible list and @kinds; 0 if none. */
static int kind_of(int node, const char *kinds)
{
	int len, n;
	const char *c = str_prop(node, "compatible", &len), *k;

	for (; c && len > 0; c += n, len -= n) {
		n = (int)strlen(c) + 1;
		for (k = kinds; *k; k += strlen(k) + 1)
			if (!strcmp(k + 1, c))
				return *k;
	}
	return 0;
}

/* The root's children (every device of QEMU virt is one), in order:
 * @fn(node, arg) for each until it returns non-zero, which is returned. */
static int each_device(int (*fn)(int node, const void *arg), const void *arg)
{
	const void *fdt = _kvm_machine.fdt;
	int node, depth = 0, r;

	for (node = fdt_next_node(fdt, 0, &depth); node >= 0 && depth > 0;
	     node = fdt_next_node(fdt, node, &depth))
		if (depth == 1 && (r = fn(node, arg)))
			return r;
	return 0;
}

struct find {
	const char *kinds;
	int node;
};

static int find_one(int node, const void *arg)
{
	struct find *f = (struct find *)arg;
	int k = kind_of(node, f->kinds);

	if (k)
		f->node = node;
	return k;
}

int _kvm_dtb_find(const char *kinds, int *node)
{
	struct find f = { kinds, -1 };
	int k = each_device(find_one, &f);

	*node = f.node;
	return k;
}

unsigned long _kvm_dtb_base(const char *kinds, unsigned long *size)
{
	unsigned long base;
	int node;

	if (!_kvm_dtb_find(kinds, &node) ||
	    _kvm_dtb_reg(node, 0, &base, size) < 0)
		return 0;
	return base;
}

static int device(int node, const void *arg)
{
	const char *stdout_name = arg;
	struct kvm_machine *m = &_kvm_machine;
	const char *s;
	int len;

	s = str_prop(node, "device_type", &len);
	if (s && !strcmp(s, "memory") && !m->ram_size) {
		_kvm_dtb_reg(node, 0, &m->ram_base, &m->ram_size);
		return 0;
	}
	switch (kind_of(node, boot_kinds)) {
	case K_UART:	/* the stdout-path's, else the first */
		s = fdt_get_name(m->fdt, node, 0);
		if (!m->uart.base || (s && stdout_name &&
				      !strcmp(s, stdout_name)))
			_kvm_dtb_reg(node, 0, &m->uart.base, &m->uart.size);
		break;
	case K_PSCI:
		s = str_prop(node, "method", &len);
		m->psci_smc = !s ? -1 : s[0] == 's';
		break;
	}
	return 0;
}

/* /chosen: the command line, the initrd; returns stdout-path's node
 * name (without its leading '/' and options), or NULL. */
static const char *chosen(struct kvm_machine *m)
{
	int node = fdt_subnode_offset(m->fdt, 0, "chosen"), len;
	const void *p;
	const char *s;

	if (node < 0)
		return 0;
	s = str_prop(node, "bootargs", &len);
	if (s)
		_kvm_cmdline_set(s);
	p = fdt_getprop(m->fdt, node, "linux,initrd-start", &len);
	if (p && (len == 4 || len == 8)) {
		unsigned long start = cells(p, 0, len / 4);

		p = fdt_getprop(m->fdt, node, "linux,initrd-end", &len);
		if (p && (len == 4 || len == 8)) {
			m->initrd_start = start;
			m->initrd_end = cells(p, 0, len / 4);
		}
	}
	s = str_prop(node, "stdout-path", &len);
	return s && s[0] == '/' ? s + 1 : 0;
}

/* Whether @p holds a device tree libfdt reads: version 17, the only
 * layout it is built for (libpool/fdt/lib.uk); QEMU writes no other. */
static int is_fdt(const void *p)
{
	return p && fdt_cell(p, 0) == FDT_MAGIC && fdt_cell(p, 5) >= 17 &&
	       fdt_cell(p, 6) <= 17;
}

int _kvm_dtb_init(unsigned long x0)
{
	struct kvm_machine *m = &_kvm_machine;
	const void *p;
	int len;

	m->fdt = (const void *)x0;
	if (!is_fdt(m->fdt))
		m->fdt = (const void *)KVM_RAM_BASE;
	if (!is_fdt(m->fdt))
		return -1;
	p = fdt_getprop(m->fdt, 0, "#address-cells", &len);
	if (p && len == 4)
		root_ac = (int)fdt_cell(p, 0);
	p = fdt_getprop(m->fdt, 0, "#size-cells", &len);
	if (p && len == 4)
		root_sc = (int)fdt_cell(p, 0);
	m->psci_smc = -1;
	each_device(device, chosen(m));
	return 0;
}
