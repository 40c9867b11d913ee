/*
 * The handler of every exception vector until a device or the timer is
 * used (gic.c then chains its IRQ dispatch in front): exceptions take the
 * crash path (plat/common/crashpath.c) with FAR; interrupts (none is
 * enabled yet) are reported and ignored.
 */
#include <uk/arch/lcpu.h>
#include <uk/arch/traps.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>
#include "arm64.h"

void _kvm_trap(struct __regs *regs)
{
	if (UKARCH_VEC_KIND(regs->vector) == UKARCH_VEC_IRQ ||
	    UKARCH_VEC_KIND(regs->vector) == UKARCH_VEC_FIQ) {
		_kvm_puts("[kvm] unexpected interrupt (ignored)\n");
		return;
	}
	/* ukplat_terminate's semihosting call, on a QEMU without it. */
	if (_kvm_exiting && ARM64_ESR_EC(regs->esr) == ARM64_EC_UNKNOWN)
		_kvm_psci_off();
	_kvm_crash(regs, regs->far);
}
