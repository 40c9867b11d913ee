/*
 * Thread control blocks: every created thread has its own (unless the
 * UKSCHED_THREAD_TCB option is off), so its thread pointer (%fs base) is
 * its own. The layout is the x86_64 TLS ABI's (uk/arch/ctx.h builds it):
 * word 0 points to the block, word 5 is the stack-protector canary, which
 * must stay the boot one (code compiled with -fstack-protector checks it
 * across the switch). Below the TCB lies the thread's TLS block (variant
 * II): a copy of .tdata, then zeroed .tbss, of the size the linker script
 * gives. Only images with thread-local variables define the TLS symbols
 * (uklink keeps the template's TLS lines then); the weak references read
 * as 0 elsewhere, and the block is empty.
 */
#include <uk/arch/ctx.h>
#include "internal.h"
#include "tls.h"

extern const char __uk_tls_start[] __attribute__((weak));
extern const char __uk_tdata_end[] __attribute__((weak));
extern const char __uk_tls_size[] __attribute__((weak));

/* A larger TLS alignment than 64 (up to a page) holds too, as the area
 * starts page-aligned (mem.c). */
size_t _uksched_tls_area(void)
{
	return UKARCH_TLS_AREA((unsigned long)__uk_tls_size);
}

unsigned long _uksched_tls_init(void *area)
{
	return ukarch_tls_fill(area, __uk_tls_start,
			       (unsigned long)(__uk_tdata_end - __uk_tls_start),
			       (unsigned long)__uk_tls_size);
}
