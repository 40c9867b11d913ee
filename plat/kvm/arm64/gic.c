/*
 * The interrupt controller: GICv2 (QEMU virt's default: distributor and
 * a memory-mapped CPU interface) or GICv3 (-M virt,gic-version=3:
 * distributor, this CPU's redistributor, system-register CPU interface),
 * as the device tree says. Every interrupt is an IRQ of priority 0xa0,
 * routed to this CPU; all start disabled. The dispatch is chained
 * in front of the platform's trap handler on first use, so images
 * without interrupts keep the boot-time handler and none of this. A
 * forced member reached through weak references (timer, devices).
 */
#include <uk/arch/lcpu.h>
#include <uk/arch/traps.h>
#include "arm64.h"

#define PRIO		0xa0

/* Distributor (both versions). */
#define GICD_CTLR	0x000
#define GICD_TYPER	0x004
#define GICD_IGROUPR	0x080
#define GICD_ISENABLER	0x100
#define GICD_ICENABLER	0x180
#define GICD_IPRIORITYR	0x400
#define GICD_ITARGETSR	0x800
#define GICD_ICFGR	0xc00
#define GICD_IROUTER	0x6000
#define GICD_CTLR_ARE	0x10
/* GICv2 CPU interface. */
#define GICC_CTLR	0x000
#define GICC_PMR	0x004
#define GICC_IAR	0x00c
#define GICC_EOIR	0x010
/* GICv3 redistributor: RD_base, then SGI_base 64 KiB above. */
#define GICR_WAKER	0x014
#define GICR_SGI	0x10000
#define WAKER_SLEEP	0x2
#define WAKER_ASLEEP	0x4

static kvm_gic_handler_t handlers[KVM_GIC_MAX_ID];
static ukarch_trap_handler_t next_handler;
static unsigned long dist, cpu;	/* GICD; GICC (v2) or GICR (v3) */
static int v3, ready;

static volatile uint32_t *reg(unsigned long base, unsigned long off)
{
	return (volatile uint32_t *)(base + off);
}

/* Where the per-interrupt registers of @id are: SGIs and PPIs (0-31) in
 * the redistributor on v3, everything in the distributor on v2. */
static unsigned long bank(unsigned int id)
{
	return v3 && id < 32 ? cpu + GICR_SGI : dist;
}

static unsigned int ack(void)
{
	unsigned long v;

	if (!v3)
		return *reg(cpu, GICC_IAR);
	__asm__ __volatile__("mrs %0, s3_0_c12_c12_0" : "=r"(v));  /* IAR1 */
	return (unsigned int)v;
}

void _kvm_gic_eoi(unsigned int id)
{
	if (!v3)
		*reg(cpu, GICC_EOIR) = id;
	else
		__asm__ __volatile__("msr s3_0_c12_c12_1, %0" /* EOIR1 */
				     :: "r"((unsigned long)id) : "memory");
}

static void gic_trap(struct __regs *regs)
{
	unsigned int iar, id;

	if (UKARCH_VEC_KIND(regs->vector) != UKARCH_VEC_IRQ) {
		next_handler(regs);
		return;
	}
	iar = ack();
	id = iar & 0x3ff;
	if (id >= KVM_GIC_SPURIOUS - 3)
		return;		/* 1020-1023: nothing to acknowledge */
	if (id < KVM_GIC_MAX_ID && handlers[id])
		handlers[id](iar);
	else
		_kvm_gic_eoi(iar);
}

void _kvm_gic_handler_set(unsigned int id, kvm_gic_handler_t fn)
{
	if (id < KVM_GIC_MAX_ID)
		handlers[id] = fn;
}

void _kvm_gic_enable(unsigned int id, int edge)
{
	volatile uint32_t *cfg = reg(bank(id), GICD_ICFGR + id / 16 * 4);
	unsigned int sh = id % 16 * 2 + 1;

	if (id >= 16)	/* SGIs are always edge */
		*cfg = (*cfg & ~(1U << sh)) | (edge ? 1U << sh : 0);
	*reg(bank(id), GICD_ISENABLER + id / 32 * 4) = 1U << id % 32;
	ukarch_dsb(sy);
}

void _kvm_gic_disable(unsigned int id)
{
	*reg(bank(id), GICD_ICENABLER + id / 32 * 4) = 1U << id % 32;
	ukarch_dsb(sy);
}

/* Priority PRIO, this CPU, disabled: interrupts first..last. Group 1 on
 * v3 (IRQs; group 0 would be FIQs), group 0 on v2 (IRQs too: without the
 * security extensions, group 1 is not acknowledged through GICC_IAR). */
static void setup(unsigned long base, unsigned int first, unsigned int last)
{
	unsigned int id;

	for (id = first; id < last; id += 32) {
		*reg(base, GICD_ICENABLER + id / 32 * 4) = 0xffffffffU;
		*reg(base, GICD_IGROUPR + id / 32 * 4) = v3 ? 0xffffffffU : 0;
	}
	for (id = first; id < last; id += 4)
		*reg(base, GICD_IPRIORITYR + id) = PRIO * 0x01010101U;
	for (id = first < 32 ? 32 : first; id < last && base == dist; id++) {
		if (v3)
			*(volatile uint64_t *)(dist + GICD_IROUTER + 8 * id) = 0;
		else
			*((volatile uint8_t *)(dist + GICD_ITARGETSR) + id) = 1;
	}
}

static void cpu_v3(void)
{
	unsigned long v;

	*reg(cpu, GICR_WAKER) &= ~WAKER_SLEEP;
	while (*reg(cpu, GICR_WAKER) & WAKER_ASLEEP)
		;
	setup(cpu + GICR_SGI, 0, 32);
	__asm__ __volatile__("mrs %0, s3_0_c12_c12_5" : "=r"(v)); /* SRE */
	__asm__ __volatile__("msr s3_0_c12_c12_5, %0; isb" :: "r"(v | 1));
	__asm__ __volatile__("msr s3_0_c4_c6_0, %0" :: "r"(0xffUL)); /* PMR */
	__asm__ __volatile__("msr s3_0_c12_c12_7, %0; isb" /* IGRPEN1 */
			     :: "r"(1UL));
}

void _kvm_gic_init(void)
{
	unsigned long size;
	unsigned int nr;
	int node, kind;

	if (ready)
		return;
	kind = _kvm_dtb_find("3arm,gic-v3\0" "2arm,cortex-a15-gic\0"
			     "2arm,gic-400\0", &node);
	if (!kind || _kvm_dtb_reg(node, 0, &dist, &size) < 0 ||
	    _kvm_dtb_reg(node, 1, &cpu, &size) < 0 || !dist || !cpu)
		_kvm_fatal("no GIC in the device tree\n");
	v3 = kind == '3';
	nr = ((*reg(dist, GICD_TYPER) & 0x1f) + 1) * 32;
	if (nr > 1020)
		nr = 1020;
	*reg(dist, GICD_CTLR) = 0;
	if (v3) {
		*reg(dist, GICD_CTLR) = GICD_CTLR_ARE;
		setup(dist, 32, nr);
		*reg(dist, GICD_CTLR) = GICD_CTLR_ARE | 0x2;	/* Grp1 */
		cpu_v3();
	} else {
		setup(dist, 0, nr);
		*reg(dist, GICD_CTLR) = 0x1;		/* group 0 */
		*reg(cpu, GICC_PMR) = 0xff;
		*reg(cpu, GICC_CTLR) = 0x1;
	}
	ukarch_dsb(sy);
	next_handler = ukarch_trap_handler_set(gic_trap);
	ready = 1;
}
