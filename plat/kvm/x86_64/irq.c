/*
 * Device interrupts (uk/plat/irq.h) through the IOAPIC: GSI n (its input
 * pin n, 24 on QEMU's pc, q35 and microvm) is routed to the local APIC
 * of this CPU as vector KVM_IRQ_VECTOR + n, fixed delivery, edge or level
 * as registered. The legacy PICs stay masked (setup.c). The dispatcher is
 * chained in front of the platform's trap handler on the first
 * registration, so images without device interrupts keep the boot-time
 * one; it runs the line's handlers, then sends the local APIC's EOI
 * (which also ends a level interrupt at the IOAPIC). A forced member
 * reached through weak references: LTO drops it when nobody registers.
 *
 * Masking is counted and partly in software: a masked level line is
 * masked at the IOAPIC (which holds it and delivers it once unmasked, if
 * still asserted); a masked edge line stays enabled, and an interrupt
 * that comes meanwhile is remembered and its handlers run at unmask.
 *
 * Message-signalled lines (ukplat_irq_msi_alloc) bypass the IOAPIC: the
 * device writes the vector straight to this CPU's local APIC (address
 * 0xfee00000 with the destination APIC ID in bits 19:12; data: the
 * vector, fixed delivery, edge). They behave as edge lines: masked in
 * software, nothing to program per mask.
 */
#include <errno.h>
#include <uk/arch/lcpu.h>
#include <uk/arch/traps.h>
#include <uk/plat/irq.h>
#include "x86_64.h"
#include "../common/irqline.h"

#define IOAPIC_BASE		0xfec00000UL	/* QEMU pc, q35, microvm */
#define IOAPIC_REGSEL		0x00
#define IOAPIC_WIN		0x10
#define IOAPIC_REDTBL(n)	(0x10 + 2 * (n))
#define RTE_LEVEL		(1U << 15)
#define RTE_MASKED		(1U << 16)
#define MSI_ADDR		0xfee00000UL
#define MSI_DEST_SHIFT		12

struct line {
	struct plat_irq_line h;
	unsigned int flags;	/* UKPLAT_IRQ_EDGE or _LEVEL */
};

static struct line lines[KVM_NR_LINES];
static ukarch_trap_handler_t next_handler;
static unsigned int apic_id;
static unsigned int msi_lines;	/* message-signalled lines given out */

/* A line that exists: a GSI, or a message-signalled line given out. */
static int line_ok(unsigned int line)
{
	return line < KVM_NR_GSI + msi_lines;
}

static void ioapic_write(unsigned int reg, unsigned int val)
{
	volatile unsigned int *io = (volatile unsigned int *)IOAPIC_BASE;

	io[IOAPIC_REGSEL / 4] = reg;
	io[IOAPIC_WIN / 4] = val;
}

/* Programs pin @gsi from its line: masked when nobody listens or when a
 * masked level line. */
static void pin_update(unsigned int gsi)
{
	const struct line *l = &lines[gsi];
	unsigned int lo = KVM_IRQ_VECTOR + gsi;

	if (gsi >= KVM_NR_GSI)
		return;		/* message-signalled: no pin */
	if (l->flags & UKPLAT_IRQ_LEVEL)
		lo |= RTE_LEVEL;
	if (!l->h.n || (l->h.masks && (l->flags & UKPLAT_IRQ_LEVEL)))
		lo |= RTE_MASKED;
	ioapic_write(IOAPIC_REDTBL(gsi) + 1, apic_id << 24);
	ioapic_write(IOAPIC_REDTBL(gsi), lo);
}

static void irq_trap(struct __regs *regs)
{
	unsigned long v = regs->vector;
	struct line *l;

	if (v < KVM_IRQ_VECTOR || v >= KVM_IRQ_VECTOR + KVM_NR_LINES) {
		next_handler(regs);
		return;
	}
	l = &lines[v - KVM_IRQ_VECTOR];
	_kvm_intr_seq++;	/* ends halt polling (timer.c) */
	if (l->h.masks)
		l->h.pending = 1;	/* edge: at unmask; level: held */
	else
		plat_irq_run(&l->h);
	_kvm_lapic_eoi();
}

/* Called with interrupts disabled. */
static void irq_init(void)
{
	if (next_handler)
		return;
	apic_id = _kvm_lapic_enable();
	next_handler = ukarch_trap_handler_set(irq_trap);
}

int ukplat_irq_register(unsigned int line, unsigned int flags,
			ukplat_irq_handler_t handler, void *arg)
{
	unsigned long irqf;
	struct line *l;
	int r = 0;

	if (!line_ok(line) || !handler || (flags & ~UKPLAT_IRQ_LEVEL) ||
	    (line >= KVM_NR_GSI && flags != UKPLAT_IRQ_EDGE))
		return -EINVAL;
	l = &lines[line];
	irqf = ukarch_irq_save();
	irq_init();
	if (l->h.n && l->flags != flags) {
		r = -EINVAL;
	} else if (!(r = plat_irq_add(&l->h, handler, arg))) {
		l->flags = flags;
		pin_update(line);
	}
	ukarch_irq_restore(irqf);
	return r;
}

int ukplat_irq_unregister(unsigned int line, ukplat_irq_handler_t handler,
			  void *arg)
{
	unsigned long irqf;
	int r;

	if (!line_ok(line))
		return -ENOENT;
	irqf = ukarch_irq_save();
	if (!(r = plat_irq_del(&lines[line].h, handler, arg)))
		pin_update(line);
	ukarch_irq_restore(irqf);
	return r;
}

void ukplat_irq_mask(unsigned int line)
{
	unsigned long irqf;

	if (!line_ok(line))
		return;
	irqf = ukarch_irq_save();
	if (!lines[line].h.masks++ && lines[line].h.n)
		pin_update(line);
	ukarch_irq_restore(irqf);
}

void ukplat_irq_unmask(unsigned int line)
{
	struct line *l = &lines[line_ok(line) ? line : 0];
	unsigned long irqf;

	if (!line_ok(line) || !l->h.masks)
		return;
	irqf = ukarch_irq_save();
	if (!--l->h.masks && l->h.n) {
		pin_update(line);
		if (l->h.pending && !(l->flags & UKPLAT_IRQ_LEVEL))
			plat_irq_run(&l->h);
	}
	if (!l->h.masks)
		l->h.pending = 0;
	ukarch_irq_restore(irqf);
}

int ukplat_irq_msi_alloc(unsigned int *line, unsigned long long *addr,
			 unsigned int *data)
{
	unsigned long irqf;
	unsigned int n;

	irqf = ukarch_irq_save();
	irq_init();
	n = msi_lines < KVM_NR_MSI ? msi_lines++ : KVM_NR_MSI;
	ukarch_irq_restore(irqf);
	if (n == KVM_NR_MSI)
		return -ENOSPC;
	*line = KVM_NR_GSI + n;
	*addr = MSI_ADDR | (unsigned long long)apic_id << MSI_DEST_SHIFT;
	*data = KVM_IRQ_VECTOR + *line;	/* fixed delivery, edge */
	return 0;
}
