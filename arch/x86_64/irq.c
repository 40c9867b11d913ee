/*
 * ukarch_irq_onstack_set: points an IDT gate at the on-stack entry of
 * irq_entry.S. The IDT is found through SIDT rather than desc.c's table, so
 * images that never call this carry none of it.
 */
#include <stdint.h>
#include <uk/arch/traps.h>

extern const char _x86_64_irq_onstack_stubs[];

struct idtr {
	uint16_t limit;
	uint64_t base;
} __attribute__((packed));

int ukarch_irq_onstack_set(unsigned int vector)
{
	struct idtr r;
	uint16_t *gate;
	uint64_t off;

	if (vector < UKARCH_IRQ_ONSTACK_FIRST ||
	    vector >= UKARCH_IRQ_ONSTACK_FIRST + UKARCH_IRQ_ONSTACK_COUNT)
		return -22;	/* EINVAL */
	__asm__ __volatile__("sidt %0" : "=m"(r));
	off = (uint64_t)_x86_64_irq_onstack_stubs +
	      8 * (vector - UKARCH_IRQ_ONSTACK_FIRST);
	/* Gate layout: offset 15:0, selector, IST, type, offset 31:16,
	 * offset 63:32 (desc.c). Selector, IST and type stay. */
	gate = (uint16_t *)(r.base + 16 * vector);
	gate[0] = off & 0xffff;
	gate[3] = (off >> 16) & 0xffff;
	*(uint32_t *)&gate[4] = off >> 32;
	return 0;
}
