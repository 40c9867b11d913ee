/* The thread pointer (uk/plat/tls.h): TPIDRURO, which PL0 can read but
 * not write: the kernel's ARM-private set_tls call writes it (a system
 * call, which is why uksched calls this only when the pointer changes). */
#include <uk/plat/tls.h>
#include "syscall.h"

void ukplat_tlsp_set(unsigned long tp)
{
	_linuxu_sc3(__ARM_NR_set_tls, (long)tp, 0, 0);
}
