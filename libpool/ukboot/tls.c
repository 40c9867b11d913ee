/*
 * The boot thread's TLS block, for applications with thread-local
 * variables only: uklink keeps the template's TLS lines (PT_TLS, .tdata,
 * .tbss, a boot block in .bss) and makes ukboot_tls_setup a root only then,
 * so other images carry none of this. x86_64 TLS variant II: the block
 * (the .tdata image, then zeroed .tbss) ends where the thread pointer
 * points, at a thread control block laid out like the platform's boot one
 * (uk/arch/ctx.h builds both, here and for created threads in uksched).
 */
#include <uk/arch/ctx.h>
#include <uk/boot.h>
#include <uk/init.h>
#include <uk/plat/tls.h>

/* From the template's TLS lines: the initialisation image, the block size
 * (the TLS segment's size rounded up to its alignment), and room in .bss
 * for the block and a TCB (UKARCH_TLS_AREA, aligned to 64 and to the TLS
 * alignment). */
extern const char __uk_tls_start[], __uk_tdata_end[];
extern const char __uk_tls_size[];
extern char __uk_tls_boot[];

int ukboot_tls_setup(void)
{
	ukplat_tlsp_set(ukarch_tls_fill(__uk_tls_boot, __uk_tls_start,
					(unsigned long)(__uk_tdata_end -
							__uk_tls_start),
					(unsigned long)__uk_tls_size));
	return 0;
}

/* Level 0: before every other init entry, which may touch TLS. */
UK_INIT(ukboot_tls_setup, 0);
