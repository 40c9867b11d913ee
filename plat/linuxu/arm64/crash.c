/*
 * Crash reports. A fault the kernel turns into a signal (SIGSEGV, SIGBUS,
 * SIGILL, SIGFPE, SIGTRAP) or an abort signal sent to us gets the report
 * kvm prints for an exception (arch/arm64/crash_report.c: same lines,
 * same "[crash] " prefix, backtrace included), built from the signal's
 * AArch64 ucontext, then the process exits with UKPLAT_CRASH_STATUS. The
 * kernel's signal frame carries the fault address and, for faults, the
 * ESR (an esr_context record), so the report names the same exception
 * kvm would (under qemu-aarch64, which writes no ESR record, the signal
 * gives the class). It is written to stderr (ukplat_coute) and runs on its own
 * stack so a stack overflow is reported too.
 */
#include <uk/arch/traps.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/linuxu.h>
#include "syscall.h"
#include "linuxu.h"

#define PREFIX		"[crash] "
#define SI_KERNEL_MIN	1	/* si_code > 0: the kernel raised it (a fault) */
#define ESR_MAGIC	0x45535201
/* Big enough for the kernel's signal frame with SVE state. */
#define ALTSTACK_SIZE	65536

struct siginfo_k {
	int signo, errno_, code, pad;
	union {
		void *addr;			/* faults */
		struct { int pid, uid; } kill;	/* kill(), tgkill() */
	};
};

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

/* Signals handled, by signal number - SIG_FIRST: 4 ILL, 5 TRAP, 6 ABRT,
 * 7 BUS, 8 FPE, 11 SEGV. */
static const unsigned char handled[] = { 1, 1, 1, 1, 1, 0, 0, 1 };
#define SIG_FIRST	4
#define NSIGS		sizeof(handled)

/* Its own .bss section, which the linker script puts last (".bss.~"). */
static char altstack[ALTSTACK_SIZE]
	__attribute__((section(".bss.~altstack"), aligned(16)));

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

static void crash_handler(int sig, void *info, void *ucontext)
{
	static const char sent[] = PREFIX "signal sent by another process\n";
	const struct siginfo_k *si = info;
	const struct ucontext_k *uc = ucontext;
	struct __regs r;
	unsigned int i;

	for (i = 0; i < 31; i++)
		r.x[i] = uc->regs[i];
	r.sp = uc->sp;
	r.pc = uc->pc;
	r.pstate = uc->pstate;
	r.esr = esr_of(uc);
	/* QEMU's user mode writes no ESR record: the class then comes
	 * from the signal of a fault (a data abort for SIGSEGV and SIGBUS,
	 * BRK for SIGTRAP; SIGILL and SIGFPE keep class 0). */
	if (!r.esr && si->code >= SI_KERNEL_MIN && (sig == 11 || sig == 7))
		r.esr = (unsigned long)ARM64_EC_DABT_CUR << 26;
	else if (!r.esr && si->code >= SI_KERNEL_MIN && sig == 5)
		r.esr = (unsigned long)ARM64_EC_BRK64 << 26;
	r.far = uc->fault_address;
	r.vector = UKARCH_VEC_SYNC;	/* what the EL0 code took */
	if (si->code < SI_KERNEL_MIN)
		ukplat_coute(sent, sizeof(sent) - 1);
	ukarch_crash_report(&r, r.far, ukplat_coute);
	ukplat_crash();
}

void _linuxu_crash_init(void)
{
	struct { void *sp; int flags; unsigned long size; } ss = {
		altstack, 0, sizeof(altstack)
	};
	struct ksigaction sa = {
		.handler = crash_handler,
		.flags = SA_SIGINFO | SA_ONSTACK | SA_RESTORER,
		.restorer = _linuxu_sigreturn,
		.mask = ~0UL,	/* nothing interrupts the report */
	};
	unsigned int i;

	_linuxu_sc3(__NR_sigaltstack, (long)&ss, 0, 0);
	for (i = 0; i < NSIGS; i++)
		if (handled[i])
			_linuxu_sc4(__NR_rt_sigaction, SIG_FIRST + i, (long)&sa,
				    0, sizeof(sa.mask));
}
