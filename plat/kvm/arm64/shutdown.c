/*
 * Stopping the machine. The exit status reaches the host through
 * semihosting: SYS_EXIT with the extended reason ADP_Stopped_Application
 * Exit and the status as subcode, which QEMU (-semihosting-config
 * enable=on,target=native, the target's run_cmd) turns into its own exit
 * status. Without semihosting the HLT is an undefined instruction
 * (crash.c sees _kvm_exiting and powers off), and the machine powers off
 * through PSCI SYSTEM_OFF with the conduit the device tree names: QEMU
 * then exits 0, whatever the status was.
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/bootstrap.h>
#include "arm64.h"

#define SEMIHOST_SYS_EXIT		0x18
#define ADP_STOPPED_APPLICATION_EXIT	0x20026
#define PSCI_SYSTEM_OFF			0x84000008UL

volatile int _kvm_exiting;

void _kvm_psci_off(void)
{
	register unsigned long x0 __asm__("x0") = PSCI_SYSTEM_OFF;

	if (_kvm_machine.psci_smc == 1)
		__asm__ __volatile__("smc #0" : "+r"(x0) :: "memory");
	else if (_kvm_machine.psci_smc == 0)
		__asm__ __volatile__("hvc #0" : "+r"(x0) :: "memory");
	_kvm_puts("[kvm] halted (no PSCI)\n");
	ukarch_halt_forever();
}

void ukplat_terminate(int status)
{
	unsigned long block[2] = { ADP_STOPPED_APPLICATION_EXIT,
				   (unsigned long)status };
	register unsigned long x0 __asm__("x0") = SEMIHOST_SYS_EXIT;
	register unsigned long x1 __asm__("x1") = (unsigned long)block;

	_kvm_exiting = 1;
	__asm__ __volatile__("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
	_kvm_psci_off();
}
