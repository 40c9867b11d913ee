/*
 * Waiting and the periodic tick (uk/plat/time.h) on the generic timer's
 * virtual timer (CNTV, the device tree's PPI: ID 27 on QEMU virt), as
 * x86_64's timer.c does on the local APIC: one compare value, always
 * armed for the earlier of the next tick and the deadline of a
 * ukplat_halt_to in progress. IRQs enter on the interrupted thread's
 * stack (uk/arch/traps.h), so the tick function may switch threads.
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "arm64.h"

#define TICK_MIN_NS	100000ULL	/* TCG cannot keep up with less */
#define CNTV_ENABLE	0x1
#define CNTV_IMASK	0x2

static int timer_ready;
static uint64_t tick_period, tick_next, halt_until;
static void (*tick_fn)(void *arg);
static void *tick_arg;

/* Arms the compare value for the earliest thing waited for, or stops. */
static void timer_rearm(void)
{
	uint64_t next = tick_period ? tick_next : 0;

	if (halt_until && (!next || halt_until < next))
		next = halt_until;
	if (!next) {
		ukarch_sysreg_write(cntv_ctl_el0, CNTV_IMASK);
	} else {
		ukarch_sysreg_write(cntv_cval_el0, _kvm_ns_to_ticks(next));
		ukarch_sysreg_write(cntv_ctl_el0, CNTV_ENABLE);
	}
	ukarch_isb();
}

static void timer_irq(unsigned int iar)
{
	uint64_t now = ukplat_monotonic_clock();
	void (*fn)(void *) = tick_fn;
	int fire = tick_period && now >= tick_next;

	if (fire) {
		tick_next += tick_period;
		if (tick_next <= now)		/* missed some: no burst */
			tick_next = now + tick_period;
	}
	if (halt_until && now >= halt_until)
		halt_until = 0;
	/* The timer's line is level: re-armed in the future (or masked)
	 * it is no longer asserted when the GIC is told of the end. */
	timer_rearm();
	_kvm_gic_eoi(iar);
	if (fire && fn) {
		/* See the tick contract in uk/plat/time.h: a thread fn
		 * switches to must run with IRQs unmasked. */
		ukarch_irq_enable();
		fn(tick_arg);
	}
}

/* Called with IRQs masked. */
static void timer_init(void)
{
	unsigned int id = 0;
	int node;

	if (timer_ready)
		return;
	/* Its third interrupt is the virtual timer's. */
	if (_kvm_dtb_find("tarm,armv8-timer\0", &node))
		id = _kvm_dtb_irq(node, 2);
	if (!id)
		_kvm_fatal("no virtual timer interrupt in the device tree\n");
	_kvm_gic_init();
	_kvm_gic_handler_set(id, timer_irq);
	ukarch_sysreg_write(cntv_ctl_el0, CNTV_IMASK);
	_kvm_gic_enable(id, 0);
	timer_ready = 1;
}

void ukplat_halt_to_unless(unsigned long long until, const volatile int *note)
{
	unsigned long flags = ukarch_irq_save();

	timer_init();
	if (ukplat_monotonic_clock() < until && !(note && *note)) {
		halt_until = until;
		timer_rearm();
		/* WFI wakes for a pending IRQ even while it is masked; the
		 * handler then runs in the window below, so none is lost
		 * between the checks (the clock, *note) and the wait. */
		__asm__ __volatile__("dsb sy; wfi; msr daifclr, #2; isb; "
				     "msr daifset, #2" ::: "memory");
		halt_until = 0;
		timer_rearm();
	}
	ukarch_irq_restore(flags);
}

void ukplat_halt_to(unsigned long long until)
{
	ukplat_halt_to_unless(until, 0);
}

int ukplat_tick_set(unsigned long long period_ns, void (*fn)(void *arg),
		    void *arg)
{
	ukarch_irq_disable();
	timer_init();
	if (period_ns && period_ns < TICK_MIN_NS)
		period_ns = TICK_MIN_NS;
	tick_fn = fn;
	tick_arg = arg;
	tick_period = fn ? period_ns : 0;
	tick_next = ukplat_monotonic_clock() + tick_period;
	timer_rearm();
	/* Ticks need IRQs unmasked; nothing else raises any unasked. */
	ukarch_irq_enable();
	return 0;
}
