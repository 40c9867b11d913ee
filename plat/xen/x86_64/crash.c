/*
 * CPU exceptions (the PV trap table, entry.S): print the same crash report
 * as kvm (vector, RIP with its symbol, CR2 for page faults, registers) and
 * stop with UKPLAT_CRASH_STATUS. Xen hands the faulting address of a #PF
 * in vcpu_info, not in CR2.
 */
#include <uk/arch/traps.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>
#include "xen.h"

#define PREFIX	"[crash] "

void _xen_trap(struct __regs *regs)
{
	static int in_crash;

	if (in_crash) {
		/* The report itself faulted: stop without it. */
		_xen_puts(PREFIX "trap during the crash report\n");
		ukplat_crash();
	}
	in_crash = 1;
	/* Xen keeps the saved upcall mask in bits 32-39 of the CS slot. */
	regs->cs &= 0xffff;
	ukarch_crash_report(regs, _xen_shared ? _XEN_VCPU0->cr2 : 0,
			    ukplat_coutk);
	ukplat_crash();
}

void _xen_failsafe(void)
{
	_xen_fatal("failsafe callback: bad segment on return from Xen\n");
}
