/*
 * The GIC (v2, what Xen gives a guest on a GICv2 host such as QEMU's virt
 * board), just enough to wait: the distributor and the CPU interface on,
 * the event-channel PPI and the virtual timer's PPI enabled. IRQs stay
 * masked in PSTATE: a pending one only ends WFI (time.c), and is then
 * taken here by reading the interface's acknowledge register, so that
 * the next one can be signalled. A GICv3 guest is refused loudly (no
 * system-register interface here yet).
 */
#include "xen.h"

#define GICD_CTLR		0x000
#define GICD_ISENABLER0		0x100
#define GICD_IPRIORITYR		0x400
#define GICC_CTLR		0x000
#define GICC_PMR		0x004
#define GICC_IAR		0x00c
#define GICC_EOIR		0x010
#define GIC_SPURIOUS		1020
#define PPI_PRIORITY		0xa0

static volatile uint32_t *reg32(unsigned long base, unsigned int off)
{
	return (volatile uint32_t *)(base + off);
}

static void ppi_enable(unsigned long gicd, unsigned int id)
{
	*((volatile uint8_t *)(gicd + GICD_IPRIORITYR) + id) = PPI_PRIORITY;
	*reg32(gicd, GICD_ISENABLER0) = 1U << id;
}

void _xen_gic_init(void)
{
	const struct xen_arm_machine *m = &_xen_machine;

	if (!m->gicd || !m->gicc)
		_xen_fatal("no GICv2 in the device tree (GICv3 guests are "
			   "not supported yet)\n");
	*reg32(m->gicd, GICD_CTLR) = 1;
	ppi_enable(m->gicd, m->evtchn_irq);
	ppi_enable(m->gicd, XEN_VTIMER_PPI);
	*reg32(m->gicc, GICC_PMR) = 0xff;
	*reg32(m->gicc, GICC_CTLR) = 1;
}

void _xen_gic_ack(void)
{
	unsigned long gicc = _xen_machine.gicc;
	unsigned int i;

	if (!gicc)
		return;
	/* Bounded: a level interrupt that stays high comes back at once. */
	for (i = 0; i < 16; i++) {
		uint32_t iar = *reg32(gicc, GICC_IAR);

		if ((iar & 0x3ff) >= GIC_SPURIOUS)
			break;
		*reg32(gicc, GICC_EOIR) = iar;
	}
}
