/*
 * Private to the platforms: an interrupt line's handlers (uk/plat/irq.h)
 * as each platform keeps them, up to PLAT_IRQ_HANDLERS called in
 * registration order, and the line's mask count. Callers keep the line
 * from being used by a handler meanwhile (interrupts or signals off).
 */
#ifndef UKPLAT_COMMON_IRQLINE_H
#define UKPLAT_COMMON_IRQLINE_H

#include <uk/plat/irq.h>

#define PLAT_IRQ_HANDLERS	4

struct plat_irq_line {
	ukplat_irq_handler_t fn[PLAT_IRQ_HANDLERS];
	void *arg[PLAT_IRQ_HANDLERS];
	unsigned int n;		/* handlers */
	unsigned int masks;	/* ukplat_irq_mask count */
	volatile int pending;	/* an interrupt came while masked */
};

/* Adds (handler, arg); 0 or -ENOSPC. */
static inline int plat_irq_add(struct plat_irq_line *l,
			       ukplat_irq_handler_t handler, void *arg)
{
	if (l->n == PLAT_IRQ_HANDLERS)
		return -28;	/* ENOSPC: no errno.h in every platform */
	l->fn[l->n] = handler;
	l->arg[l->n++] = arg;
	return 0;
}

/* Removes (handler, arg); 0 or -ENOENT. */
static inline int plat_irq_del(struct plat_irq_line *l,
			       ukplat_irq_handler_t handler, void *arg)
{
	unsigned int i;

	for (i = 0; i < l->n; i++) {
		if (l->fn[i] != handler || l->arg[i] != arg)
			continue;
		for (l->n--; i < l->n; i++) {
			l->fn[i] = l->fn[i + 1];
			l->arg[i] = l->arg[i + 1];
		}
		return 0;
	}
	return -2;	/* ENOENT */
}

/* Calls every handler, in order. */
static inline void plat_irq_run(const struct plat_irq_line *l)
{
	unsigned int i;

	for (i = 0; i < l->n; i++)
		l->fn[i](l->arg[i]);
}

#endif /* UKPLAT_COMMON_IRQLINE_H */
