/*
 * The guest's description from the device tree the toolstack wrote
 * (libfdt): memory, the command line and initrd (/chosen), the GIC
 * (v2: the distributor and CPU interface), and the event-channel
 * interrupt of the /hypervisor node.
 */
#include "xen.h"
#include "fdt_api.h"

struct xen_arm_machine _xen_machine;

/* MAX_GUEST_CMDLINE; .bss only. */
static char cmdline[1024];

static unsigned long cells(const void *p, int i, int n)
{
	unsigned long v = fdt_cell(p, i);

	return n == 2 ? v << 32 | fdt_cell(p, i + 1) : v;
}

/* The @i-th (base, size) of @node's reg. 0 or -1. */
static int reg(int node, int i, unsigned long *base, unsigned long *size)
{
	const void *fdt = _xen_machine.fdt;
	int parent = fdt_parent_offset(fdt, node), len, ac, sc;
	const void *r = fdt_getprop(fdt, node, "reg", &len);

	if (parent < 0 || !r)
		return -1;
	ac = fdt_address_cells(fdt, parent);
	sc = fdt_size_cells(fdt, parent);
	if (ac < 1 || ac > 2 || sc < 0 || sc > 2 ||
	    (i + 1) * (ac + sc) * 4 > len)
		return -1;
	*base = cells(r, i * (ac + sc), ac);
	*size = sc ? cells(r, i * (ac + sc) + ac, sc) : 0;
	return 0;
}

static void chosen(struct xen_arm_machine *m)
{
	int node = fdt_path_offset(m->fdt, "/chosen"), len;
	const char *s;
	const void *p;
	unsigned int i;

	if (node < 0)
		return;
	s = fdt_getprop(m->fdt, node, "bootargs", &len);
	for (i = 0; s && len > 0 && i < sizeof(cmdline) - 1 && s[i]; i++)
		cmdline[i] = s[i];
	cmdline[i] = '\0';
	p = fdt_getprop(m->fdt, node, "linux,initrd-start", &len);
	if (p && (len == 4 || len == 8)) {
		m->initrd_start = cells(p, 0, len / 4);
		p = fdt_getprop(m->fdt, node, "linux,initrd-end", &len);
		if (p && (len == 4 || len == 8))
			m->initrd_end = cells(p, 0, len / 4);
		else
			m->initrd_start = 0;
	}
}

static void gic(struct xen_arm_machine *m)
{
	unsigned long size;
	int node = fdt_node_offset_by_compatible(m->fdt, -1,
						 "arm,cortex-a15-gic");

	if (node < 0)
		node = fdt_node_offset_by_compatible(m->fdt, -1, "arm,gic-400");
	if (node < 0 || reg(node, 0, &m->gicd, &size) ||
	    reg(node, 1, &m->gicc, &size))
		m->gicd = m->gicc = 0;
}

/* /hypervisor's interrupts: <type number flags>, type 1 a PPI. */
static void hypervisor(struct xen_arm_machine *m)
{
	int node = fdt_node_offset_by_compatible(m->fdt, -1, "xen,xen"), len;
	const void *p = node >= 0 ?
		fdt_getprop(m->fdt, node, "interrupts", &len) : 0;

	m->evtchn_irq = p && len >= 12 && fdt_cell(p, 0) == 1 ?
		16 + fdt_cell(p, 1) : XEN_EVTCHN_PPI;
}

int _xen_dtb_init(unsigned long dtb)
{
	struct xen_arm_machine *m = &_xen_machine;
	int node;

	m->fdt = (const void *)dtb;
	/* Version 17 only: libfdt is built for no other
	 * (libpool/fdt/lib.uk), and its header check then skips it. */
	if (!dtb || fdt_check_header(m->fdt) != 0 ||
	    fdt_cell(m->fdt, 5) < 17 || fdt_cell(m->fdt, 6) > 17)
		return -1;
	m->fdt_size = fdt_cell(m->fdt, 1);	/* totalsize */
	node = fdt_node_offset_by_prop_value(m->fdt, -1, "device_type",
					     "memory", sizeof("memory"));
	if (node >= 0)
		reg(node, 0, &m->ram_base, &m->ram_size);
	chosen(m);
	gic(m);
	hypervisor(m);
	return 0;
}

const char *ukplat_cmdline(void)
{
	return cmdline;
}
