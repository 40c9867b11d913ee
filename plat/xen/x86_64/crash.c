/*
 * CPU exceptions (the PV trap table, entry.S) take the crash path every
 * platform shares (plat/common/crashpath.c: the report as on kvm, then
 * UKPLAT_CRASH_STATUS). Xen hands the faulting address of a #PF in
 * vcpu_info, not in CR2.
 */
#include <uk/arch/traps.h>
#include "xen.h"

void _xen_trap(struct __regs *regs)
{
	/* Xen keeps the saved upcall mask in bits 32-39 of the CS slot. */
	regs->cs &= 0xffff;
	_xen_crash(regs, _xen_shared ? _XEN_VCPU0->cr2 : 0);
}

void _xen_failsafe(void)
{
	_xen_fatal("failsafe callback: bad segment on return from Xen\n");
}
