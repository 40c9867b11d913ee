/*
 * The boot thread's TLS block, for applications with thread-local
 * variables only: uklink keeps the template's TLS lines (PT_TLS, .tdata,
 * .tbss, a boot block in .bss) and makes ukboot_tls_setup a root only then,
 * so other images carry none of this. x86_64 TLS variant II: the block
 * (the .tdata image, then zeroed .tbss) ends where the thread pointer
 * points, at a thread control block laid out like the platform's boot one.
 */
#include <string.h>
#include <uk/arch/ctx.h>
#include <uk/boot.h>
#include <uk/init.h>
#include <uk/plat/tls.h>

/* From the template's TLS lines: the initialisation image, the block size
 * (the TLS segment's size rounded up to its alignment), and room in .bss
 * for the block and a TCB (tp 64-byte aligned, and to the alignment). */
extern const char __uk_tls_start[], __uk_tdata_end[];
extern const char __uk_tls_size[];
extern char __uk_tls_boot[];

#define ROUND64(x)	(((x) + 63UL) & ~63UL)

int ukboot_tls_setup(void)
{
	unsigned long size = (unsigned long)__uk_tls_size;
	unsigned long tdata = (unsigned long)(__uk_tdata_end - __uk_tls_start);
	unsigned long *tcb = (unsigned long *)(__uk_tls_boot + ROUND64(size));
	char *block = (char *)tcb - size;
	unsigned long canary;
	int i;

	memcpy(block, __uk_tls_start, tdata);
	memset(block + tdata, 0, size - tdata);
	/* The boot canary stays: functions on the stack already hold it. */
	__asm__ __volatile__("movq %%fs:0x28, %0" : "=r"(canary));
	for (i = 0; i < UKARCH_TCB_WORDS; i++)
		tcb[i] = 0;
	tcb[UKARCH_TCB_SELF] = (unsigned long)tcb;
	tcb[UKARCH_TCB_CANARY] = canary;
	ukplat_tlsp_set((unsigned long)tcb);
	return 0;
}

/* Level 0: before every other init entry, which may touch TLS. */
UK_INIT(ukboot_tls_setup, 0);
