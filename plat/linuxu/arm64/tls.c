/* The thread pointer (uk/plat/tls.h): TPIDR_EL0, which EL0 writes
 * itself: no system call, unlike x86_64's arch_prctl. */
#include <uk/plat/tls.h>

void ukplat_tlsp_set(unsigned long tp)
{
	__asm__ __volatile__("msr tpidr_el0, %0" :: "r"(tp) : "memory");
}
