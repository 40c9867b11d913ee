/*
 * Every exception vector (arch/arm64's table) lands here: exceptions take
 * the crash path every platform shares (plat/common/crashpath.c: the
 * report as on kvm, then UKPLAT_CRASH_STATUS); interrupts never come
 * (IRQs stay masked: events and the timer only wake WFI, time.c).
 */
#include <uk/arch/traps.h>
#include "xen.h"

void _xen_trap(struct __regs *regs)
{
	if (UKARCH_VEC_KIND(regs->vector) == UKARCH_VEC_IRQ ||
	    UKARCH_VEC_KIND(regs->vector) == UKARCH_VEC_FIQ) {
		_xen_gic_ack();
		return;
	}
	_xen_crash(regs, regs->far);
}
