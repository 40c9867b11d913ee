/*
 * The arm64 lines of crash reports (../crash.c): struct __regs from the
 * signal's AArch64 ucontext. The kernel's signal frame carries the fault
 * address and, for faults, the ESR (an esr_context record), so the report
 * names the same exception kvm would (under qemu-aarch64, which writes no
 * ESR record, the signal gives the class).
 */
#include <uk/arch/traps.h>
#include <uk/plat/console.h>
#include "linuxu.h"

#define ESR_MAGIC	0x45535201

/* struct ucontext with struct sigcontext (arm64), up to what we read:
 * the records of __reserved follow pstate, 16-byte aligned. */
struct ucontext_k {
	unsigned long flags;
	void *link;
	struct { void *sp; int flags; unsigned long size; } stack;
	unsigned long sigmask;
	unsigned char unused[120];
	unsigned long fault_address __attribute__((aligned(16)));
	unsigned long regs[31];
	unsigned long sp, pc, pstate;
	unsigned char reserved[4096] __attribute__((aligned(16)));
};

struct ctx_record {
	unsigned int magic, size;
	unsigned long esr;
};

/* The ESR of the fault, from the frame's esr_context record; 0 if the
 * kernel gave none (a signal sent by a process). */
static unsigned long esr_of(const struct ucontext_k *uc)
{
	const unsigned char *p = uc->reserved;

	while (p + 8 <= uc->reserved + sizeof(uc->reserved)) {
		const struct ctx_record *r = (const void *)p;

		if (!r->magic || r->size < 8)
			break;
		if (r->magic == ESR_MAGIC)
			return r->esr;
		p += r->size;
	}
	return 0;
}

void _linuxu_crash_report(const void *ucontext, int sig, int fault)
{
	const struct ucontext_k *uc = ucontext;
	struct __regs regs, *r = &regs;
	unsigned int i;

	for (i = 0; i < 31; i++)
		r->x[i] = uc->regs[i];
	r->sp = uc->sp;
	r->pc = uc->pc;
	r->pstate = uc->pstate;
	r->esr = esr_of(uc);
	/* QEMU's user mode writes no ESR record: the class then comes
	 * from the signal of a fault (a data abort for SIGSEGV and SIGBUS,
	 * BRK for SIGTRAP; SIGILL and SIGFPE keep class 0). */
	if (!r->esr && fault && (sig == 11 || sig == 7))
		r->esr = (unsigned long)ARM64_EC_DABT_CUR << 26;
	else if (!r->esr && fault && sig == 5)
		r->esr = (unsigned long)ARM64_EC_BRK64 << 26;
	r->far = uc->fault_address;
	r->vector = UKARCH_VEC_SYNC;	/* what the EL0 code took */
	ukarch_crash_report(r, r->far, ukplat_coute);
}
