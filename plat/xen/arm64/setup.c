/*
 * First C code, on the boot stack with the MMU on: the thread pointer and
 * the stack-protector guard, the rings Xen names in HVM parameters (the
 * console first: each later step may need to report a failure), traps,
 * the shared info page, the device tree (command line, memory, GIC),
 * memory, time, then ukboot.
 */
#include <uk/arch/lcpu.h>
#include <uk/arch/traps.h>
#include <uk/boot.h>
#include "xen.h"

const struct xen_start_info *_xen_si;
struct xen_shared_info *_xen_shared;

static struct xen_start_info si;

/* A page of the image whose frame becomes the shared info page. */
static char shared_page[XEN_PAGE_SIZE] __attribute__((aligned(4096)));

/* An HVM parameter of this domain (hvm/params.h), 0 if Xen has none. */
static unsigned long param(uint32_t index)
{
	struct {
		uint16_t domid, pad;
		uint32_t index;
		uint64_t value;
	} p = { XEN_DOMID_SELF, 0, index, 0 };

	return _xen_hc2(__HYPERVISOR_hvm_op, XEN_HVMOP_get_param, &p) ?
		0 : p.value;
}

static void rings_init(void)
{
	si.console_mfn = param(XEN_HVM_PARAM_CONSOLE_PFN);
	si.console_evtchn = (uint32_t)param(XEN_HVM_PARAM_CONSOLE_EVTCHN);
	si.store_mfn = param(XEN_HVM_PARAM_STORE_PFN);
	si.store_evtchn = (uint32_t)param(XEN_HVM_PARAM_STORE_EVTCHN);
	_xen_si = &si;
}

/* XENMEM_add_to_physmap(XENMAPSPACE_shared_info) at shared_page's frame:
 * vcpu 0's vcpu_info is in it (Arm's legacy slot). */
static void shared_info_map(void)
{
	struct {
		uint16_t domid, size;
		uint32_t space;
		uint64_t idx, gpfn;
	} x = { XEN_DOMID_SELF, 0, XEN_XENMAPSPACE_shared_info, 0,
		_xen_va_to_pfn(shared_page) };

	if (_xen_hc2(__HYPERVISOR_memory_op, XEN_XENMEM_add_to_physmap, &x))
		_xen_fatal("cannot map the shared info page\n");
	_xen_shared = (struct xen_shared_info *)shared_page;
	/* Upcalls stay masked: events are looked at, not delivered. */
	_XEN_VCPU0->evtchn_upcall_mask = 1;
}

void _xen_start(unsigned long dtb)
{
	/* The canary, before any other C. */
	_xen_tcb_init(PLAT_CANARY(ukarch_counter()));
	rings_init();
	_xen_console_init();
	ukarch_traps_init();
	ukarch_trap_handler_set(_xen_trap);
	shared_info_map();
	if (_xen_dtb_init(dtb) < 0)
		_xen_fatal("no device tree in x0\n");
	_xen_memory_init();
	_xen_time_init();
	ukboot_start();
}
