/* The thread pointer is TPIDR_EL0 (uk/plat/tls.h). */
#include <uk/plat/tls.h>

void ukplat_tlsp_set(unsigned long tp)
{
	__asm__ __volatile__("msr tpidr_el0, %0" :: "r"(tp) : "memory");
}
