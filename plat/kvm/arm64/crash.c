/*
 * The handler of every exception vector until a device or the timer is
 * used (gic.c then chains its IRQ dispatch in front): exceptions print a
 * crash report and stop with UKPLAT_CRASH_STATUS; interrupts (none is
 * enabled yet) are reported and ignored.
 */
#include <uk/arch/lcpu.h>
#include <uk/arch/traps.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>
#include "arm64.h"

#define PREFIX	"[crash] "

void _kvm_trap(struct __regs *regs)
{
	static int in_crash;

	if (UKARCH_VEC_KIND(regs->vector) == UKARCH_VEC_IRQ ||
	    UKARCH_VEC_KIND(regs->vector) == UKARCH_VEC_FIQ) {
		_kvm_puts("[kvm] unexpected interrupt (ignored)\n");
		return;
	}
	/* ukplat_terminate's semihosting call, on a QEMU without it. */
	if (_kvm_exiting && ARM64_ESR_EC(regs->esr) == ARM64_EC_UNKNOWN)
		_kvm_psci_off();
	if (in_crash) {
		/* The report itself faulted: stop without it. */
		_kvm_puts(PREFIX "exception during the crash report\n");
		ukplat_crash();
	}
	in_crash = 1;
	ukarch_crash_report(regs, regs->far, ukplat_coutk);
	ukplat_crash();
}
