/*
 * The C side of the exception path: the handler hook, the vector table's
 * installation, and _arm64_trap_dispatch, called by vectors.S for every
 * vector.
 */
#include <uk/arch/lcpu.h>
#include <uk/arch/traps.h>

extern const char _arm64_vectors[];
void _arm64_trap_dispatch(struct __regs *regs);

/* Read by switch.S and ctx.c: whether DAIF is accessible (EL1), which
 * ukarch_traps_init says; at EL0 it is not. */
unsigned char _arm64_ctx_daif;

static ukarch_trap_handler_t trap_handler;

void ukarch_traps_init(void)
{
	ukarch_sysreg_write(vbar_el1, (unsigned long)_arm64_vectors);
	ukarch_isb();
	_arm64_ctx_daif = 1;
	/* SErrors and debug exceptions on; IRQs stay as they are. */
	__asm__ __volatile__("msr daifclr, #0xc" ::: "memory");
}

ukarch_trap_handler_t ukarch_trap_handler_set(ukarch_trap_handler_t handler)
{
	ukarch_trap_handler_t old = trap_handler;

	trap_handler = handler;
	return old;
}

void _arm64_trap_dispatch(struct __regs *regs)
{
	/* Read once: a handler may install another one. */
	ukarch_trap_handler_t h =
		*(ukarch_trap_handler_t volatile *)&trap_handler;

	if (!h)
		ukarch_halt_forever();
	h(regs);
}
