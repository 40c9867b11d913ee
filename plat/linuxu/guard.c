/* Guard pages with mprotect (uk/plat/guard.h): the heap is one anonymous
 * mapping, and the kernel splits it around a protected page. */
#include <uk/plat/guard.h>
#include "syscall.h"

#define PROT_NONE	0
#define PROT_RW		3

int ukplat_page_guard(void *addr, unsigned long len, int guard)
{
	return (int)_linuxu_sc3(__NR_mprotect, (long)addr, (long)len,
				guard ? PROT_NONE : PROT_RW);
}
