/* The thread pointer is the FS_BASE MSR (uk/plat/tls.h). */
#include <uk/arch/lcpu.h>
#include <uk/plat/tls.h>

void ukplat_tlsp_set(unsigned long tp)
{
	ukarch_wrmsr(X86_MSR_FS_BASE, tp);
}
