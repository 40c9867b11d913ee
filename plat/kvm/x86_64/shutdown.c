/*
 * Stopping the machine: QEMU's isa-debug-exit device turns a write to its
 * port into QEMU's exit status (2 * value + 1).
 */
#include <uk/arch/io.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/bootstrap.h>
#include "x86_64.h"

#define DEBUG_EXIT_PORT	0xf4

void ukplat_terminate(int status)
{
	outl(DEBUG_EXIT_PORT, (unsigned int)status);
	/* Still here: no such device (e.g. Xen, or QEMU without it). */
	_kvm_puts("[kvm] halted (no isa-debug-exit device at port 0xf4)\n");
	ukarch_halt_forever();
}
