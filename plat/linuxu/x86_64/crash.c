/*
 * Crash reports. A fault the kernel turns into a signal (SIGSEGV, SIGBUS,
 * SIGILL, SIGFPE, SIGTRAP) or an abort signal sent to us gets the report
 * kvm prints for a CPU exception (plat/kvm/x86_64/crash.c: same lines, same
 * "[crash] " prefix), built from the signal's ucontext, then the process
 * exits with UKPLAT_CRASH_STATUS. The kernel's sigcontext carries the x86
 * trap number, error code and CR2, so the report names the same exception
 * kvm would. It is written to stderr (ukplat_coute) like any program's
 * diagnostics, and runs on its own stack so a stack overflow is reported
 * too.
 */
#include <uk/arch/traps.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/linuxu.h>
#include <uk/symtab.h>
#include <stdarg.h>
#include <stdio.h>
#include "syscall.h"
#include "linuxu.h"

#define PREFIX		"[crash] "
#define SI_KERNEL_MIN	1	/* si_code > 0: the kernel raised it (a fault) */
/* Big enough for the kernel's signal frame with AVX-512/AMX state. */
#define ALTSTACK_SIZE	32768

struct siginfo_k {
	int signo, errno_, code, pad;
	union {
		void *addr;			/* faults */
		struct { int pid, uid; } kill;	/* kill(), tgkill() */
	};
};

/* struct ucontext with struct sigcontext (x86_64), up to what we read. */
struct ucontext_k {
	unsigned long flags;
	void *link;
	struct { void *sp; int flags; unsigned long size; } stack;
	unsigned long r8, r9, r10, r11, r12, r13, r14, r15;
	unsigned long rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp, rip, eflags;
	unsigned short cs, gs, fs, ss;
	unsigned long err, trapno, oldmask, cr2;
};

/* Names of the signals handled, by signal number - SIG_FIRST: 4 ILL,
 * 5 TRAP, 6 ABRT, 7 BUS, 8 FPE, 11 SEGV; fixed width, no pointers. */
static const char signames[][8] = {
	"SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "", "", "SIGSEGV",
};
#define SIG_FIRST	4
#define NSIGS		(sizeof(signames) / sizeof(signames[0]))

/* Its own .bss section, which the linker script puts last (".bss.~"):
 * the small, hot .bss variables then share the first page with .data,
 * one page fault less per run. */
static char altstack[ALTSTACK_SIZE]
	__attribute__((section(".bss.~altstack"), aligned(16)));

/*
 * Writes one report line: PREFIX and fmt, formatted by vsniprintf (the
 * kernel's integer-only formatter: no global state, so it serves even
 * when printf is what crashed). One write per line, so lines from a crash
 * stay whole.
 */
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

/* struct __regs from the signal's ucontext: the general-purpose registers
 * come in another order (index of each __regs field, r15 to rax, among
 * the sigcontext's r8 ... rcx). */
static void to_regs(const struct ucontext_k *uc, struct __regs *r)
{
	static const unsigned char from[15] = {
		7, 6, 5, 4, 3, 2, 1, 0, 10, 8, 9, 12, 14, 11, 13,
	};
	unsigned int i;

	for (i = 0; i < 15; i++)
		(&r->r15)[i] = (&uc->r8)[from[i]];
	r->vector = uc->trapno;
	r->error_code = uc->err;
	r->rip = uc->rip;
	r->cs = uc->cs;
	r->rflags = uc->eflags;
	r->rsp = uc->rsp;
	r->ss = uc->ss;
}

static void crash_handler(int sig, void *info, void *ucontext)
{
	const struct siginfo_k *si = info;
	const struct ucontext_k *uc = ucontext;
	const char *name = signames[sig - SIG_FIRST];
	unsigned long off;
	struct __regs r;

	to_regs(uc, &r);
	/* What happened: a fault names the CPU exception as kvm does; a
	 * signal sent by a process names its sender instead. */
	if (si->code >= SI_KERNEL_MIN) {
		say("%s (vector %lu) error 0x%016lx\n",
		    ukarch_trap_name(r.vector), r.vector, r.error_code);
		say("signal %s code %d address 0x%016lx\n", name, si->code,
		    (unsigned long)si->addr);
	} else {
		say("signal %s sent by pid %d\n", name, si->kill.pid);
	}
	if (uk_symtab_lookup(r.rip, &name, &off) == 0)
		say("RIP 0x%016lx %s+0x%lx\n", r.rip, name, off);
	else
		say("RIP 0x%016lx (no symbol)\n", r.rip);
	if (si->code >= SI_KERNEL_MIN && r.vector == X86_TRAP_PF)
		say("CR2 0x%016lx (faulting address)\n", uc->cr2);
	ukarch_regs_dump(&r, PREFIX, ukplat_coute);
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
		if (signames[i][0])
			_linuxu_sc4(__NR_rt_sigaction, SIG_FIRST + i, (long)&sa,
				    0, sizeof(sa.mask));
}
