/*
 * Time and idling. The clock is Xen's system time (ns since the host
 * booted), from vcpu 0's vcpu_time_info in the shared info page and the
 * TSC (../clock.c makes the clocks of it).
 * Waiting: a one-shot timer (set_timer_op, delivered as VIRQ_TIMER on an
 * event channel; the periodic timer is stopped) and SCHEDOP_block, which
 * sleeps until any event channel is pending. Block unmasks upcalls, so
 * the pending event then enters entry.S's event callback, which returns
 * with upcalls masked again; nothing else ever runs with them unmasked.
 * Whoever waits re-checks its own condition (a ring index, the clock)
 * after each wake-up; ports with interrupt handlers (uk/plat/irq.h) have
 * them run here, before blocking and after (../evtchn.c).
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "xen.h"

static uint32_t timer_port;

void _xen_time_init(void)
{
	struct {
		uint32_t virq, vcpu, port;
	} bind = { XEN_VIRQ_TIMER, 0, 0 };

	if (_xen_hc2(__HYPERVISOR_event_channel_op, XEN_EVTCHNOP_bind_virq,
		     &bind))
		_xen_fatal("cannot bind the timer VIRQ\n");
	timer_port = bind.port;
	_xen_hc3(__HYPERVISOR_vcpu_op, XEN_VCPUOP_stop_periodic_timer, 0, 0);
}

unsigned long long _xen_system_time(void)
{
	const volatile struct xen_vcpu_time_info *t = &_XEN_VCPU0->time;
	uint32_t version, mul;
	uint64_t stamp, sys, delta;
	int8_t shift;

	do {
		version = t->version;
		__asm__ __volatile__("" ::: "memory");
		stamp = t->tsc_timestamp;
		sys = t->system_time;
		mul = t->tsc_to_system_mul;
		shift = t->tsc_shift;
		delta = ukarch_rdtsc();
		__asm__ __volatile__("" ::: "memory");
	} while ((version & 1) || version != t->version);
	delta -= stamp;
	if (shift < 0)
		delta >>= -shift;
	else
		delta <<= shift;
	return sys + (uint64_t)(((unsigned __int128)delta * mul) >> 32);
}

/* Ports with interrupt handlers (../evtchn.c, linked with them only). */
int _xen_evtchn_dispatch(void) __attribute__((weak));

/* ../events.c, and the timer's channel also when its selector bit was
 * cleared by an earlier round. */
static void events_clear(void)
{
	_xen_events_clear();
	__atomic_fetch_and(&_xen_shared->evtchn_pending[timer_port / 64],
			   ~(1UL << (timer_port % 64)), __ATOMIC_SEQ_CST);
}

void _xen_wait_event(unsigned long long until)
{
	events_clear();
	/* Handlers of events that came before: an event that comes after
	 * the clearing makes SCHEDOP_block return at once. */
	if (_xen_evtchn_dispatch && _xen_evtchn_dispatch())
		return;
	if (until) {
		if (_xen_system_time() >= until)
			return;
		_xen_hc1(__HYPERVISOR_set_timer_op, until);
	}
	_xen_sched_op(XEN_SCHEDOP_block, 0);
	if (_xen_evtchn_dispatch)
		_xen_evtchn_dispatch();
}

void ukplat_halt_to(unsigned long long until)
{
	/* "Never" (a scheduler whose threads all wait for interrupts
	 * passes ~0): no timer; Xen would turn a deadline past 2^50 ns
	 * into a wake-up every 100 ms. */
	if (_xen_system_time() < until)
		_xen_wait_event(until >> 62 ? 0 : until);
}
