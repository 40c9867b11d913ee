/*
 * Thread control blocks: every created thread has its own (unless the
 * UKSCHED_THREAD_TCB option is off), so its thread pointer (%fs base) is
 * its own. The layout is the x86_64 TLS ABI's (uk/arch/ctx.h):
 * word 0 points to the block, word 5 is the stack-protector canary, which
 * must stay the boot one (code compiled with -fstack-protector checks it
 * across the switch). Variables declared __thread are not supported yet:
 * docs/threads.md says why.
 */
#include <uk/arch/ctx.h>
#include "internal.h"
#include "tls.h"

unsigned long _uksched_tls_init(void *area)
{
	unsigned long *tcb = area;
	unsigned long canary;
	int i;

	__asm__ __volatile__("movq %%fs:0x28, %0" : "=r"(canary));
	for (i = 0; i < UKARCH_TCB_WORDS; i++)
		tcb[i] = 0;
	tcb[UKARCH_TCB_SELF] = (unsigned long)tcb;
	tcb[UKARCH_TCB_CANARY] = canary;
	return (unsigned long)tcb;
}
