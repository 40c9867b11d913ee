/*
 * The handler of every trap vector: CPU exceptions take the crash path
 * (plat/common/crashpath.c) with CR2; other vectors that nothing chained
 * in front (timer.c, irq.c) claims are reported and ignored.
 */
#include <uk/arch/lcpu.h>
#include <uk/arch/traps.h>
#include "x86_64.h"

void _kvm_trap(struct __regs *regs)
{
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
	_kvm_crash(regs, ukarch_read_cr2());
}
