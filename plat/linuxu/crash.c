/*
 * Crash reports. A fault the kernel turns into a signal (SIGSEGV, SIGBUS,
 * SIGILL, SIGFPE, SIGTRAP) gets the report kvm prints for the CPU
 * exception (same "[crash] " lines), an abort signal sent by another
 * process its sender: a line naming the signal, then the architecture's
 * lines (ARCH/ucontext.c: _linuxu_crash_report, from the signal's
 * ucontext, whose layout is the architecture's). Then the process exits
 * with UKPLAT_CRASH_STATUS. The report is written to
 * stderr (ukplat_coute) like any program's diagnostics, and runs on its
 * own stack so a stack overflow is reported too.
 */
#include <uk/arch/traps.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/linuxu.h>
#include <stdarg.h>
#include <stdio.h>
#include "syscall.h"
#include "linuxu.h"

#define SI_KERNEL_MIN	1	/* si_code > 0: the kernel raised it (a fault) */
/* An address as the architecture's report prints it: all its digits. */
#if __SIZEOF_LONG__ == 8
#define ADDR_FMT	"0x%016lx"
#else
#define ADDR_FMT	"0x%08lx"
#endif

/* The kernel's siginfo up to what we read: the union follows the three
 * ints, aligned as a pointer (offset 16 on 64-bit, 12 on 32-bit). */
struct siginfo_k {
	int signo, errno_, code;
	union {
		void *addr;			/* faults */
		struct { int pid, uid; } kill;	/* kill(), tgkill() */
	};
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
 * one page fault less per run. The size is the architecture's (its
 * largest signal frame). */
static char altstack[LINUXU_ALTSTACK_SIZE]
	__attribute__((section(".bss.~altstack"), aligned(16)));

/*
 * Writes one report line: LINUXU_CRASH_PREFIX and fmt, formatted by
 * vsniprintf (the kernel's integer-only formatter: no global state, so it
 * serves even when printf is what crashed). One write per line, so lines from a crash
 * stay whole.
 */
void _linuxu_crash_say(const char *fmt, ...)
{
	char buf[160];
	unsigned int n = sizeof(LINUXU_CRASH_PREFIX) - 1;
	va_list ap;

	__builtin_memcpy(buf, LINUXU_CRASH_PREFIX, n);
	va_start(ap, fmt);
	n += vsniprintf(buf + n, sizeof(buf) - n, fmt, ap);
	va_end(ap);
	ukplat_coute(buf, n < sizeof(buf) ? n : sizeof(buf) - 1);
}

static void crash_handler(int sig, void *info, void *ucontext)
{
	const struct siginfo_k *si = info;
	const char *name = signames[sig - SIG_FIRST];
	int fault = si->code >= SI_KERNEL_MIN;

	/* Who: the kernel (a fault), or a process that sent the signal;
	 * then the architecture's lines. */
	if (fault)
		_linuxu_crash_say("signal %s code %d address " ADDR_FMT "\n",
				  name, si->code, (unsigned long)si->addr);
	else
		_linuxu_crash_say("signal %s sent by pid %d\n", name,
				  si->kill.pid);
	_linuxu_crash_report(ucontext, sig, fault);
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
