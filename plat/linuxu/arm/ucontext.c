/*
 * The arm lines of crash reports (../crash.c): struct __regs from the
 * signal's ARM sigcontext, with the ARM exception the kernel took for the
 * signal, so arch/arm's report names it as on the other platforms.
 */
#include <uk/arch/traps.h>
#include <uk/plat/console.h>
#include "linuxu.h"

/* struct ucontext with struct sigcontext (arm), up to what we read. */
struct ucontext_k {
	unsigned long flags;
	void *link;
	struct { void *sp; int flags; unsigned long size; } stack;
	unsigned long trap_no, error_code, oldmask;
	unsigned long r[13];		/* r0-r10, fp (r11), ip (r12) */
	unsigned long sp, lr, pc, cpsr;
	unsigned long fault_address;
};

/* The exception the kernel took for this signal: the ARM vector. */
static unsigned long vector_of(int sig, const struct ucontext_k *uc)
{
	if (sig == 4)				/* SIGILL */
		return ARM_VEC_UNDEF;
	if (sig == 5 || uc->fault_address == uc->pc)	/* bkpt, fetch */
		return ARM_VEC_PABT;
	return ARM_VEC_DABT;
}

void _linuxu_crash_report(const void *ucontext, int sig,
			  int fault __attribute__((unused)))
{
	const struct ucontext_k *uc = ucontext;
	struct __regs regs, *r = &regs;
	unsigned int i;

	for (i = 0; i < 13; i++)
		r->r[i] = uc->r[i];
	r->sp = uc->sp;
	r->lr = uc->lr;
	r->pc = uc->pc;
	r->cpsr = uc->cpsr;
	r->vector = vector_of(sig, uc);
	r->fsr = uc->error_code;
	ukarch_crash_report(r, uc->fault_address, ukplat_coute);
}
