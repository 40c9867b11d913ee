/*
 * Thread control blocks: every created thread has its own (unless the
 * UKSCHED_THREAD_TCB option is off), so its thread pointer (%fs base) is
 * its own. The layout is the x86_64 TLS ABI's (uk/arch/ctx.h):
 * word 0 points to the block, word 5 is the stack-protector canary, which
 * must stay the boot one (code compiled with -fstack-protector checks it
 * across the switch). Below the TCB lies the thread's TLS block (variant
 * II): a copy of .tdata, then zeroed .tbss, of the size the linker script
 * gives. Only images with thread-local variables define the TLS symbols
 * (uklink keeps the template's TLS lines then); the weak references read
 * as 0 elsewhere, and the block is empty.
 */
#include <string.h>
#include <uk/arch/ctx.h>
#include "internal.h"
#include "tls.h"

extern const char __uk_tls_start[] __attribute__((weak));
extern const char __uk_tdata_end[] __attribute__((weak));
extern const char __uk_tls_size[] __attribute__((weak));

#define ROUND64(x)	(((x) + 63UL) & ~63UL)

/* The block ends on a 64-byte boundary, at the TCB; a larger TLS alignment
 * (up to a page) holds too, as the area starts page-aligned (mem.c). */
size_t _uksched_tls_area(void)
{
	return ROUND64((unsigned long)__uk_tls_size) + 64;
}

unsigned long _uksched_tls_init(void *area)
{
	unsigned long size = (unsigned long)__uk_tls_size;
	unsigned long tdata = (unsigned long)(__uk_tdata_end - __uk_tls_start);
	unsigned long *tcb = (unsigned long *)((char *)area + ROUND64(size));
	char *block = (char *)tcb - size;
	unsigned long canary;
	int i;

	if (size) {
		memcpy(block, __uk_tls_start, tdata);
		memset(block + tdata, 0, size - tdata);
	}
	__asm__ __volatile__("movq %%fs:0x28, %0" : "=r"(canary));
	for (i = 0; i < UKARCH_TCB_WORDS; i++)
		tcb[i] = 0;
	tcb[UKARCH_TCB_SELF] = (unsigned long)tcb;
	tcb[UKARCH_TCB_CANARY] = canary;
	return (unsigned long)tcb;
}
