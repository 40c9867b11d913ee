/*
 * The handler of every trap vector: CPU exceptions print a crash report and
 * stop with UKPLAT_CRASH_STATUS; other vectors (no device interrupts are
 * enabled yet) are reported and ignored.
 */
#include <uk/arch/lcpu.h>
#include <uk/arch/traps.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>
#include "x86_64.h"

#define PREFIX	"[crash] "

void _kvm_trap(struct __regs *regs)
{
	static int in_crash;
	char num[5];

	if (regs->vector >= UKARCH_NR_EXCEPTIONS) {
		/* Vectors are below 256: three digits, no formatter needed. */
		num[0] = '0' + regs->vector / 100 % 10;
		num[1] = '0' + regs->vector / 10 % 10;
		num[2] = '0' + regs->vector % 10;
		num[3] = '\n';
		num[4] = '\0';
		_kvm_puts("[kvm] unexpected interrupt (ignored), vector ");
		_kvm_puts(num);
		return;
	}
	if (in_crash) {
		/* The report itself faulted: stop without it. */
		_kvm_puts(PREFIX "trap during the crash report\n");
		ukplat_crash();
	}
	in_crash = 1;
	ukarch_crash_report(regs, ukarch_read_cr2(), ukplat_coutk);
	ukplat_crash();
}
