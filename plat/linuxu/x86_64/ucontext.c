/*
 * The x86_64 lines of crash reports (../crash.c): struct __regs from the
 * signal's ucontext. The kernel's sigcontext carries the x86 trap number,
 * error code and CR2, so the report names the same exception kvm would
 * (plat/kvm/x86_64/crash.c: same lines), written with crash.c's
 * vsniprintf lines rather than arch/x86_64's report: the formatter is
 * linked anyway, the report's own would add about 900 bytes.
 */
#include <uk/arch/traps.h>
#include <uk/plat/console.h>
#include <uk/symtab.h>
#include "linuxu.h"

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

void _linuxu_crash_report(const void *ucontext,
			  int sig __attribute__((unused)), int fault)
{
	const struct ucontext_k *uc = ucontext;
	const char *name;
	unsigned long off;
	struct __regs r;

	to_regs(uc, &r);
	if (fault)
		_linuxu_crash_say("%s (vector %lu) error 0x%016lx\n",
				  ukarch_trap_name(r.vector), r.vector,
				  r.error_code);
	if (uk_symtab_lookup(r.rip, &name, &off) == 0)
		_linuxu_crash_say("RIP 0x%016lx %s+0x%lx\n", r.rip, name, off);
	else
		_linuxu_crash_say("RIP 0x%016lx (no symbol)\n", r.rip);
	if (fault && r.vector == X86_TRAP_PF)
		_linuxu_crash_say("CR2 0x%016lx (faulting address)\n", uc->cr2);
	ukarch_regs_dump(&r, LINUXU_CRASH_PREFIX, ukplat_coute);
}
