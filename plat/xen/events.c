/*
 * Forgetting pending events before a wait (ARCH/time.c's
 * _xen_wait_event): the upcall flag, the selector and every channel but
 * those of ports with interrupt handlers, which evtchn.c clears as it runs
 * them. The next event then sets the flag again and wakes the wait (x86_64:
 * SCHEDOP_block; arm64: the event-channel PPI); a channel left pending
 * would not be signalled again.
 */
#include "xen.h"

/* Ports with interrupt handlers (evtchn.c, linked with them only). */
extern unsigned long _xen_evtchn_keep[] __attribute__((weak));

void _xen_events_clear(void)
{
	volatile struct xen_vcpu_info *v = _XEN_VCPU0;
	unsigned long sel;

	v->evtchn_upcall_pending = 0;
	sel = __atomic_exchange_n(&v->evtchn_pending_sel, 0, __ATOMIC_SEQ_CST);
	while (sel) {
		unsigned int w = __builtin_ctzl(sel);

		sel &= sel - 1;
		__atomic_fetch_and(&_xen_shared->evtchn_pending[w],
				   _xen_evtchn_keep ? _xen_evtchn_keep[w] : 0,
				   __ATOMIC_SEQ_CST);
	}
}
