/*
 * Device interrupts (uk/plat/irq.h) through the GIC (gic.c): a line is a
 * GIC interrupt ID of a shared peripheral interrupt, as the device tree
 * gives it (SPI n is line 32 + n: QEMU virt's virtio-mmio transports are
 * 48-79). The line's handlers run in the GIC's dispatch, which ends the
 * interrupt after them. Masking is counted and done in the GIC: a
 * disabled interrupt stays pending there (an edge once, a level while
 * asserted) and is delivered when enabled again. A forced member reached
 * through weak references: LTO drops it when nobody registers.
 */
#include <errno.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/irq.h>
#include "arm64.h"

#define FIRST_LINE	32
#define NR_LINES	96	/* IDs 32-127: virt's 64 SPIs and more */
#define MAX_HANDLERS	4

struct line {
	ukplat_irq_handler_t fn[MAX_HANDLERS];
	void *arg[MAX_HANDLERS];
	unsigned int n;		/* handlers */
	unsigned int flags;	/* UKPLAT_IRQ_EDGE or _LEVEL */
	unsigned int masks;	/* ukplat_irq_mask count */
};

static struct line lines[NR_LINES];

static struct line *line_of(unsigned int id)
{
	return id >= FIRST_LINE && id < FIRST_LINE + NR_LINES ?
	       &lines[id - FIRST_LINE] : 0;
}

/* Enabled in the GIC while it has handlers and is not masked. */
static void update(unsigned int id)
{
	const struct line *l = line_of(id);

	if (l->n && !l->masks)
		_kvm_gic_enable(id, !(l->flags & UKPLAT_IRQ_LEVEL));
	else
		_kvm_gic_disable(id);
}

static void dispatch(unsigned int iar)
{
	struct line *l = line_of(iar & 0x3ff);
	unsigned int i;

	for (i = 0; l && i < l->n; i++)
		l->fn[i](l->arg[i]);
	_kvm_gic_eoi(iar);
}

int ukplat_irq_register(unsigned int line, unsigned int flags,
			ukplat_irq_handler_t handler, void *arg)
{
	struct line *l = line_of(line);
	unsigned long irqf;
	int r = 0;

	if (!l || !handler || (flags & ~UKPLAT_IRQ_LEVEL))
		return -EINVAL;
	irqf = ukarch_irq_save();
	_kvm_gic_init();
	if (l->n && l->flags != flags) {
		r = -EINVAL;
	} else if (l->n == MAX_HANDLERS) {
		r = -ENOSPC;
	} else {
		l->flags = flags;
		l->fn[l->n] = handler;
		l->arg[l->n++] = arg;
		_kvm_gic_handler_set(line, dispatch);
		update(line);
	}
	ukarch_irq_restore(irqf);
	return r;
}

int ukplat_irq_unregister(unsigned int line, ukplat_irq_handler_t handler,
			  void *arg)
{
	struct line *l = line_of(line);
	unsigned long irqf;
	unsigned int i;
	int r = -ENOENT;

	if (!l)
		return -ENOENT;
	irqf = ukarch_irq_save();
	for (i = 0; i < l->n; i++) {
		if (l->fn[i] != handler || l->arg[i] != arg)
			continue;
		for (l->n--; i < l->n; i++) {
			l->fn[i] = l->fn[i + 1];
			l->arg[i] = l->arg[i + 1];
		}
		update(line);
		r = 0;
		break;
	}
	ukarch_irq_restore(irqf);
	return r;
}

void ukplat_irq_mask(unsigned int line)
{
	struct line *l = line_of(line);
	unsigned long irqf;

	if (!l)
		return;
	irqf = ukarch_irq_save();
	if (!l->masks++ && l->n)
		update(line);
	ukarch_irq_restore(irqf);
}

void ukplat_irq_unmask(unsigned int line)
{
	struct line *l = line_of(line);
	unsigned long irqf;

	if (!l)
		return;
	irqf = ukarch_irq_save();
	if (l->masks && !--l->masks && l->n)
		update(line);
	ukarch_irq_restore(irqf);
}
