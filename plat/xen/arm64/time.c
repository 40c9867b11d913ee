/*
 * Time and idling. The clock is the generic timer's virtual count
 * (CNTVCT_EL0, which Xen starts at the domain's creation), in ns
 * (../clock.c makes the clocks of it; the wall clock adds the shared
 * info's wallclock, as Linux does on Arm).
 * Waiting: the virtual timer (CNTV_CVAL/CTL) at the deadline and WFI,
 * which Xen turns into blocking the vCPU until an interrupt is pending
 * for it: the timer's PPI or the event-channel PPI, which Xen raises
 * when evtchn_upcall_pending goes from 0 to 1. IRQs stay masked: WFI
 * returns for a pending interrupt all the same, which gic.c then
 * acknowledges. Whoever waits re-checks its own condition (a ring index,
 * the clock) after each wake-up; ports with interrupt handlers
 * (uk/plat/irq.h) have them run here, before waiting and after
 * (../evtchn.c).
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "xen.h"

#define CNTV_ENABLE	1UL

static unsigned long freq;

void _xen_time_init(void)
{
	freq = ukarch_counter_freq();
	if (!freq)
		_xen_fatal("the generic timer has no frequency (CNTFRQ_EL0)\n");
	_xen_gic_init();
}

static unsigned long long to_ns(unsigned long count)
{
	return (unsigned long long)(count / freq) * 1000000000ULL +
	       (unsigned long long)(count % freq) * 1000000000ULL / freq;
}

static unsigned long to_count(unsigned long long ns)
{
	return (unsigned long)(ns / 1000000000ULL) * freq +
	       (unsigned long)((ns % 1000000000ULL) * freq / 1000000000ULL);
}

unsigned long long _xen_system_time(void)
{
	return freq ? to_ns(ukarch_counter()) : 0;
}

/* Ports with interrupt handlers (../evtchn.c, linked with them only). */
int _xen_evtchn_dispatch(void) __attribute__((weak));

void _xen_wait_event(unsigned long long until)
{
	_xen_events_clear();
	if (_xen_evtchn_dispatch && _xen_evtchn_dispatch())
		return;
	if (until) {
		if (_xen_system_time() >= until)
			return;
		ukarch_sysreg_write(cntv_cval_el0, to_count(until));
		ukarch_sysreg_write(cntv_ctl_el0, CNTV_ENABLE);
		ukarch_isb();
	}
	/* An event since _xen_events_clear() has set the flag and raised the
	 * PPI: WFI then returns at once. */
	if (!_XEN_VCPU0->evtchn_upcall_pending)
		ukarch_halt();
	ukarch_sysreg_write(cntv_ctl_el0, 0);	/* the level drops */
	ukarch_isb();
	_xen_gic_ack();
	if (_xen_evtchn_dispatch)
		_xen_evtchn_dispatch();
}

void ukplat_halt_to(unsigned long long until)
{
	if (_xen_system_time() < until)
		_xen_wait_event(until);
}
