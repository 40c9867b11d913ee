/*
 * The machine's description from the device tree (libfdt): memory, the
 * command line and initrd (/chosen), the PL011 console (stdout-path),
 * the PL031 clock, the GIC (v2 or v3), the virtual timer's interrupt,
 * PSCI's conduit and PCIe's configuration space. virtio-mmio transports
 * are read when the bus is scanned (vmmio.c).
 */
#include "arm64.h"
#include "fdt_api.h"

struct kvm_machine _kvm_machine;

static const char *str_prop(const void *fdt, int node, const char *name)
{
	int len;
	const char *s = fdt_getprop(fdt, node, name, &len);

	return s && len > 0 && !s[len - 1] ? s : 0;
}

/* A 1- or 2-cell number. */
static unsigned long cells(const void *p, int i, int n)
{
	unsigned long v = fdt_cell(p, i);

	return n == 2 ? v << 32 | fdt_cell(p, i + 1) : v;
}

int _kvm_dtb_reg(int node, int i, unsigned long *base, unsigned long *size)
{
	const void *fdt = _kvm_machine.fdt;
	int parent = fdt_parent_offset(fdt, node), len, ac, sc;
	const void *reg = fdt_getprop(fdt, node, "reg", &len);

	if (parent < 0 || !reg)
		return -1;
	ac = fdt_address_cells(fdt, parent);
	sc = fdt_size_cells(fdt, parent);
	if (ac < 1 || ac > 2 || sc < 0 || sc > 2 || (i + 1) * (ac + sc) * 4 > len)
		return -1;
	*base = cells(reg, i * (ac + sc), ac);
	*size = sc ? cells(reg, i * (ac + sc) + ac, sc) : 0;
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

/* The first node compatible with @compat into @d; the node or < 0. */
static int device(const char *compat, struct kvm_dev *d)
{
	int node = fdt_node_offset_by_compatible(_kvm_machine.fdt, -1, compat);

	if (node >= 0 && _kvm_dtb_reg(node, 0, &d->base, &d->size) == 0)
		d->irq = _kvm_dtb_irq(node, 0);
	return node;
}

static void chosen(struct kvm_machine *m)
{
	int node = fdt_path_offset(m->fdt, "/chosen"), len;
	const void *p;
	const char *s;

	if (node < 0)
		return;
	s = str_prop(m->fdt, node, "bootargs");
	if (s)
		_kvm_cmdline_set(s);
	p = fdt_getprop(m->fdt, node, "linux,initrd-start", &len);
	if (p && (len == 4 || len == 8)) {
		m->initrd_start = cells(p, 0, len / 4);
		p = fdt_getprop(m->fdt, node, "linux,initrd-end", &len);
		if (p && (len == 4 || len == 8))
			m->initrd_end = cells(p, 0, len / 4);
		else
			m->initrd_start = 0;
	}
	s = str_prop(m->fdt, node, "stdout-path");
	if (s) {
		node = fdt_path_offset(m->fdt, s);
		if (node >= 0)
			_kvm_dtb_reg(node, 0, &m->uart.base, &m->uart.size);
	}
}

static void gic(struct kvm_machine *m)
{
	int node = device("arm,gic-v3", &m->gicd);

	if (node >= 0) {
		m->gic_version = 3;
	} else {
		node = device("arm,cortex-a15-gic", &m->gicd);
		if (node < 0)
			node = device("arm,gic-400", &m->gicd);
		m->gic_version = node >= 0 ? 2 : 0;
	}
	if (node >= 0)
		_kvm_dtb_reg(node, 1, &m->gicc.base, &m->gicc.size);
}

static void psci(struct kvm_machine *m)
{
	int node = fdt_node_offset_by_compatible(m->fdt, -1, "arm,psci-0.2");
	const char *method;

	if (node < 0)
		node = fdt_node_offset_by_compatible(m->fdt, -1, "arm,psci");
	method = node >= 0 ? str_prop(m->fdt, node, "method") : 0;
	m->psci_smc = !method ? -1 : method[0] == 's' ? 1 : 0;
}

int _kvm_dtb_init(unsigned long x0)
{
	struct kvm_machine *m = &_kvm_machine;
	int node;

	m->fdt = (const void *)x0;
	if (!x0 || fdt_check_header(m->fdt) != 0) {
		m->fdt = (const void *)KVM_RAM_BASE;
		if (fdt_check_header(m->fdt) != 0)
			return -1;
	}
	node = fdt_node_offset_by_prop_value(m->fdt, -1, "device_type",
					     "memory", sizeof("memory"));
	if (node >= 0)
		_kvm_dtb_reg(node, 0, &m->ram_base, &m->ram_size);
	chosen(m);
	if (!m->uart.base)
		device("arm,pl011", &m->uart);
	device("arm,pl031", &m->rtc);
	gic(m);
	node = fdt_node_offset_by_compatible(m->fdt, -1, "arm,armv8-timer");
	if (node >= 0)
		m->timer_irq = _kvm_dtb_irq(node, 2);	/* the virtual timer */
	psci(m);
	device("pci-host-ecam-generic", &m->ecam);
	return 0;
}
