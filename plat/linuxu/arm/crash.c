/*
 * Crash reports. A fault the kernel turns into a signal (SIGSEGV, SIGBUS,
 * SIGILL, SIGFPE, SIGTRAP) or an abort signal sent to us gets the report
 * of the other architectures' linuxu (same "[crash] " lines): the ARM
 * exception the kernel took, the signal, the PC and LR with their symbol
 * names, the fault address and the registers, from the signal's ARM
 * sigcontext (arch/arm's report); then the process exits with
 * UKPLAT_CRASH_STATUS. It is written to stderr (ukplat_coute) and runs on
 * its own stack so a stack overflow is reported too.
 */
#include <uk/arch/traps.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/linuxu.h>
#include <stdarg.h>
#include <stdio.h>
#include "syscall.h"
#include "linuxu.h"

#define PREFIX		"[crash] "
#define SI_KERNEL_MIN	1	/* si_code > 0: the kernel raised it (a fault) */
#define ALTSTACK_SIZE	16384

/* 32-bit siginfo: the union follows the three ints directly. */
struct siginfo_k {
	int signo, errno_, code;
	union {
		void *addr;			/* faults */
		struct { int pid, uid; } kill;	/* kill(), tgkill() */
	};
};

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

/* Names of the signals handled, by signal number - SIG_FIRST: 4 ILL,
 * 5 TRAP, 6 ABRT, 7 BUS, 8 FPE, 11 SEGV; fixed width, no pointers. */
static const char signames[][8] = {
	"SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "", "", "SIGSEGV",
};
#define SIG_FIRST	4
#define NSIGS		(sizeof(signames) / sizeof(signames[0]))

/* Its own .bss section, which the linker script puts last (".bss.~"). */
static char altstack[ALTSTACK_SIZE]
	__attribute__((section(".bss.~altstack"), aligned(16)));

/* One report line: PREFIX and fmt, formatted by vsniprintf (no global
 * state, so it serves even when printf is what crashed). */
static void say(const char *fmt, ...)
{
	char buf[160];
	unsigned int n = sizeof(PREFIX) - 1;
	va_list ap;

	__builtin_memcpy(buf, PREFIX, n);
	va_start(ap, fmt);
	n += vsniprintf(buf + n, sizeof(buf) - n, fmt, ap);
	va_end(ap);
	ukplat_coute(buf, n < sizeof(buf) ? n : sizeof(buf) - 1);
}

/* The exception the kernel took for this signal: the ARM vector. */
static unsigned long vector_of(int sig, const struct ucontext_k *uc)
{
	if (sig == 4)				/* SIGILL */
		return ARM_VEC_UNDEF;
	if (sig == 5 || uc->fault_address == uc->pc)	/* bkpt, fetch */
		return ARM_VEC_PABT;
	return ARM_VEC_DABT;
}

static void crash_handler(int sig, void *info, void *ucontext)
{
	const struct siginfo_k *si = info;
	const struct ucontext_k *uc = ucontext;
	struct __regs r;
	unsigned int i;

	for (i = 0; i < 13; i++)
		r.r[i] = uc->r[i];
	r.sp = uc->sp;
	r.lr = uc->lr;
	r.pc = uc->pc;
	r.cpsr = uc->cpsr;
	r.vector = vector_of(sig, uc);
	r.fsr = uc->error_code;
	/* Who: the kernel (a fault), or a process that sent the signal;
	 * then the exception as the other platforms report it. */
	if (si->code >= SI_KERNEL_MIN)
		say("signal %s code %d address 0x%08lx\n",
		    signames[sig - SIG_FIRST], si->code,
		    (unsigned long)si->addr);
	else
		say("signal %s sent by pid %d\n", signames[sig - SIG_FIRST],
		    si->kill.pid);
	ukarch_crash_report(&r, uc->fault_address, ukplat_coute);
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
		.mask = ~0ULL,	/* nothing interrupts the report */
	};
	unsigned int i;

	_linuxu_sc3(__NR_sigaltstack, (long)&ss, 0, 0);
	for (i = 0; i < NSIGS; i++)
		if (signames[i][0])
			_linuxu_sc4(__NR_rt_sigaction, SIG_FIRST + i, (long)&sa,
				    0, sizeof(sa.mask));
}
