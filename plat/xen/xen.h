/*
 * Private interfaces between the files of the xen platform library
 * (symbols named _xen_*, see docs/architecture.md), and the facts of the
 * Xen ABI they use that do not depend on the architecture. Each
 * architecture's part (plat/xen/ARCH/) adds its memory layout, its ABI
 * structures and the hypercall instruction in ARCH/xen_arch.h (x86_64:
 * PV). Numbers and layouts are Xen's public ABI (the headers of
 * libxen-dev: xen.h, sched.h, event_channel.h, callback.h, vcpu.h,
 * elfnote.h, io/console.h, io/xs_wire.h), written out here.
 */
#ifndef XEN_XEN_H
#define XEN_XEN_H

/* Hypercall numbers (xen.h) */
#define __HYPERVISOR_set_trap_table	0
#define __HYPERVISOR_mmu_update		1
#define __HYPERVISOR_fpu_taskswitch	5
#define __HYPERVISOR_update_va_mapping	14
#define __HYPERVISOR_set_timer_op	15
#define __HYPERVISOR_console_io		18
#define __HYPERVISOR_iret		23
#define __HYPERVISOR_vcpu_op		24
#define __HYPERVISOR_set_segment_base	25
#define __HYPERVISOR_sched_op		29
#define __HYPERVISOR_callback_op	30
#define __HYPERVISOR_event_channel_op	32

/* The architecture's part: layout, structures, hypercalls (_xen_hcN). */
#include "xen_arch.h"

#ifndef __ASSEMBLY__
/* What every platform shares: _xen_puts, _xen_fatal, _xen_crash,
 * _xen_tcb_init, _xen_memregion_add/reserve. */
#include "../common/plat.h"
#endif

#ifndef __ASSEMBLY__
#include <stdint.h>

/* sched.h, event_channel.h, callback.h, vcpu.h, xen.h */
#define XEN_SCHEDOP_yield	0
#define XEN_SCHEDOP_block	1
#define XEN_SCHEDOP_shutdown	2
#define XEN_SHUTDOWN_poweroff	0
#define XEN_SHUTDOWN_crash	3
#define XEN_EVTCHNOP_bind_virq	1
#define XEN_EVTCHNOP_send	4
#define XEN_VIRQ_TIMER		0
#define XEN_CALLBACKOP_register	0
#define XEN_CALLBACKTYPE_event	0
#define XEN_CALLBACKTYPE_failsafe 1
#define XEN_VCPUOP_stop_periodic_timer 7
#define XEN_CONSOLEIO_write	0

/* io/console.h */
struct xen_cons_interface {
	char in[1024];
	char out[2048];
	uint32_t in_cons, in_prod;
	uint32_t out_cons, out_prod;
};

/* io/xs_wire.h */
struct xen_xs_interface {
	char req[1024];
	char rsp[1024];
	uint32_t req_cons, req_prod;
	uint32_t rsp_cons, rsp_prod;
};

static inline long _xen_sched_op(int cmd, void *arg)
{
	return _xen_hc2(__HYPERVISOR_sched_op, cmd, arg);
}

static inline long _xen_evtchn_send(uint32_t port)
{
	uint32_t p = port;

	return _xen_hc2(__HYPERVISOR_event_channel_op, XEN_EVTCHNOP_send, &p);
}

/* setup.c: what Xen handed over, mapped; the shared info page. */
extern const struct xen_start_info *_xen_si;
extern struct xen_shared_info *_xen_shared;
#define _XEN_VCPU0	(&_xen_shared->vcpu_info[0])

/* console.c */
void _xen_console_init(void);
/* Waits until xenconsoled has read everything (bounded). */
void _xen_console_drain(void);

/* time.c: the timer VIRQ; the wait primitive (an event or until, in
 * Xen system time ns, whichever comes first; 0: no timeout). */
void _xen_time_init(void);
void _xen_wait_event(unsigned long long until);
unsigned long long _xen_system_time(void);
/* events.c: forgets pending events but those of ports with handlers,
 * before a wait (time.c). */
void _xen_events_clear(void);

#endif /* !__ASSEMBLY__ */
#endif /* XEN_XEN_H */
