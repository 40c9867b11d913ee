/*
 * The crash path of CPU exceptions, for every platform (plat.h): the
 * architecture's report (uk/arch/traps.h) on the console, then
 * ukplat_crash(). A trap inside the report (a corrupt stack, a bad
 * symbol table) gets one line instead of a loop of reports.
 */
#include <uk/plat/bootstrap.h>
#include <uk/plat/console.h>
#include "plat.h"

void PLAT_PRIV(crash)(const struct __regs *regs, unsigned long fault_addr)
{
	static int in_crash;

	if (in_crash) {
		PLAT_PRIV(puts)("[crash] trap during the crash report\n");
		ukplat_crash();
	}
	in_crash = 1;
	ukarch_crash_report(regs, fault_addr, ukplat_coutk);
	ukplat_crash();
}
