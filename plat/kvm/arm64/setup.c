/*
 * First C code, on the boot stack with the MMU on: the thread pointer and
 * the stack-protector guard, the device tree (console, command line,
 * memory, devices), traps, then ukboot.
 */
#include <uk/arch/lcpu.h>
#include <uk/arch/random.h>
#include <uk/arch/traps.h>
#include <uk/boot.h>
#include "arm64.h"

/* The boot thread's control block and canary (plat/common/tcb.c), from
 * RNDR where the CPU has it, else the counter. */
static void tcb_init(void)
{
	uint64_t seed;

	if (!ukarch_random_hw() || !ukarch_random_seed(&seed))
		seed = PLAT_CANARY(ukarch_counter());
	_kvm_tcb_init(seed);
}

void _kvm_start(unsigned long dtb)
{
	tcb_init();
	ukarch_traps_init();
	ukarch_trap_handler_set(_kvm_trap);
	if (_kvm_dtb_init(dtb) < 0)
		_kvm_fatal("no device tree of version 17 (neither in x0 nor "
			   "at the start of RAM)\n");
	_kvm_console_init();
	_kvm_memory_init();
	ukboot_start();
}
