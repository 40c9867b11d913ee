/* The thread pointer through arch_prctl (uk/plat/tls.h): a system call,
 * which is why uksched calls this only when the pointer changes. */
#include <uk/plat/tls.h>
#include "syscall.h"

#define ARCH_SET_FS	0x1002

void ukplat_tlsp_set(unsigned long tp)
{
	_linuxu_sc3(__NR_arch_prctl, ARCH_SET_FS, (long)tp, 0);
}
