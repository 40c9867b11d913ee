/*
 * First C code, on the boot stack with the MMU on: the thread pointer and
 * the stack-protector guard, the device tree (console, command line,
 * memory, devices), traps, then ukboot.
 */
#include <uk/arch/ctx.h>
#include <uk/arch/lcpu.h>
#include <uk/arch/random.h>
#include <uk/arch/traps.h>
#include <uk/boot.h>
#include <uk/plat/tls.h>
#include "arm64.h"

/* A minimal thread control block for TPIDR_EL0 (uk/arch/ctx.h): threads
 * and TLS libraries point it elsewhere later. */
static unsigned long tcb[UKARCH_TCB_WORDS] __attribute__((aligned(16)));

static void tcb_init(void)
{
	uint64_t seed;

	if (!ukarch_random_hw() || !ukarch_random_seed(&seed))
		seed = ukarch_counter() * 0x9e3779b97f4a7c15UL;
	/* Low byte zero stops string overflows from reading the canary. */
	ukplat_tlsp_set(ukarch_tcb_boot(tcb, seed & ~0xffUL));
}

void _kvm_start(unsigned long dtb)
{
	tcb_init();
	ukarch_traps_init();
	ukarch_trap_handler_set(_kvm_trap);
	if (_kvm_dtb_init(dtb) < 0)
		_kvm_fatal("no device tree (neither in x0 nor at the start "
			   "of RAM)\n");
	_kvm_console_init();
	_kvm_memory_init();
	ukboot_start();
}
