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
#include "../../common/irqline.h"

#define FIRST_LINE	32
#define NR_LINES	96	/* IDs 32-127: virt's 64 SPIs and more */

struct line {
	struct plat_irq_line h;	/* handlers, mask count */
	unsigned int flags;	/* UKPLAT_IRQ_EDGE or _LEVEL */
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

	if (l->h.n && !l->h.masks)
		_kvm_gic_enable(id, !(l->flags & UKPLAT_IRQ_LEVEL));
	else
		_kvm_gic_disable(id);
}

static void dispatch(unsigned int iar)
{
	struct line *l = line_of(iar & 0x3ff);

	if (l)
		plat_irq_run(&l->h);
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
	if (l->h.n && l->flags != flags) {
		r = -EINVAL;
	} else {
		r = plat_irq_add(&l->h, handler, arg);
		if (!r) {
			l->flags = flags;
			_kvm_gic_handler_set(line, dispatch);
			update(line);
		}
	}
	ukarch_irq_restore(irqf);
	return r;
}

int ukplat_irq_unregister(unsigned int line, ukplat_irq_handler_t handler,
			  void *arg)
{
	struct line *l = line_of(line);
	unsigned long irqf;
	int r;

	if (!l)
		return -ENOENT;
	irqf = ukarch_irq_save();
	r = plat_irq_del(&l->h, handler, arg);
	if (!r)
		update(line);
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
	if (!l->h.masks++ && l->h.n)
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
	if (l->h.masks && !--l->h.masks && l->h.n)
		update(line);
	ukarch_irq_restore(irqf);
}
