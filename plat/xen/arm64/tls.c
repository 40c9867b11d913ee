/* The thread pointer (uk/plat/tls.h): TPIDR_EL0, a register EL1 writes
 * itself. */
#include <uk/plat/tls.h>

void ukplat_tlsp_set(unsigned long tp)
{
	__asm__ __volatile__("msr tpidr_el0, %0" :: "r"(tp) : "memory");
}
