/* The thread pointer through the set_segment_base hypercall
 * (uk/plat/tls.h): a PV kernel runs where wrmsr is privileged. */
#include <uk/plat/tls.h>
#include "xen.h"

void ukplat_tlsp_set(unsigned long tp)
{
	_xen_hc2(__HYPERVISOR_set_segment_base, XEN_SEGBASE_FS, tp);
}
