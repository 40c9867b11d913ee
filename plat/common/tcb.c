/*
 * The boot thread's control block (plat.h). Objects from compilers that
 * default to -fstack-protector read the canary from the TCB (x86_64:
 * %fs:0x28) from their first function on, so every platform installs one
 * before any C beyond its entry; threads and TLS (uksched, ukboot) later
 * build others with the same canary (uk/arch/ctx.h).
 */
#include <uk/arch/ctx.h>
#include <uk/plat/tls.h>
#include "plat.h"

static unsigned long tcb[UKARCH_TCB_WORDS]
	__attribute__((aligned(UKARCH_TCB_ALIGN)));

void PLAT_PRIV(tcb_init)(unsigned long random)
{
	/* The low byte zero stops string overflows from reading it. */
	ukplat_tlsp_set(ukarch_tcb_init(tcb, random & ~0xffUL));
}
