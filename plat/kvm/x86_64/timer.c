/*
 * Waiting and the periodic tick (uk/plat/time.h) on the local APIC timer
 * (lapic.c). One one-shot countdown serves both: it is always armed for
 * the earlier of the next tick and the deadline of a ukplat_halt_to in
 * progress. The timer vector enters on the interrupted stack
 * (ukarch_irq_onstack_set) so that the tick function may switch threads;
 * the handler is chained in front of the platform's trap handler when the
 * timer is first used, so images without timers keep the boot-time one.
 *
 * Halt polling: before it halts, ukplat_halt_to spins with interrupts on
 * for a while (adaptive, up to the link-time option KVM_HALT_POLL_US or
 * what ukplat_halt_poll_max raised it to: the network stack does, when a
 * NIC with receive interrupts starts),
 * as Linux's guest halt polling does. An interrupt that comes meanwhile
 * (the reply a request/response peer sends within tens of microseconds)
 * then reaches a running vCPU: the emulator only flags it, instead of
 * waking a sleeping vCPU thread, one host thread hand-off fewer per
 * wake-up. The window grows (doubles) after a halt that such a window
 * would have caught, and shrinks (halves) after a longer one: an idle
 * guest spins for little.
 */
#include <stdint.h>
#include <uk/arch/lcpu.h>
#include <uk/arch/traps.h>
#include <uk/config.h>
#include <uk/plat/time.h>
#include "x86_64.h"

#define TICK_MIN_NS	100000ULL	/* TCG cannot keep up with less */
#define POLL_MIN_NS	10000ULL	/* the window never shrinks below */

static ukarch_trap_handler_t next_handler;
static int timer_ready;
static uint64_t tick_period, tick_next;
static void (*tick_fn)(void *arg);
static void *tick_arg;
static uint64_t halt_until;
static uint64_t armed;		/* what the countdown runs to; 0: stopped */
static uint64_t poll_ns = POLL_MIN_NS;	/* halt polling's window */
/* Its bound, as ukplat_halt_poll_max raised it. Written only there: in
 * an image that never calls it this stays 0, and with the option at 0
 * no polling code is left. */
static uint64_t poll_raised;
/* Interrupts taken (timer and devices): a change ends halt polling. */
volatile unsigned long _kvm_intr_seq;

/* Arms the countdown for the earliest thing waited for, or stops it;
 * nothing when it already runs to that deadline. Each write of the
 * countdown is a trap into the emulator, which (TCG) also wakes its main
 * loop to re-sort its timers: a halt per received packet, each to the
 * same deadline, must not pay for that every time. */
static void timer_rearm(uint64_t now)
{
	uint64_t next = tick_period ? tick_next : 0;

	if (halt_until && (!next || halt_until < next))
		next = halt_until;
	if (next == armed)
		return;
	armed = next;
	if (!next)
		_kvm_lapic_stop();
	else
		_kvm_lapic_oneshot(next > now ? next - now : 0);
}

static void timer_irq(void)
{
	uint64_t now = ukplat_monotonic_clock();
	void (*fn)(void *) = tick_fn;
	int fire = tick_period && now >= tick_next;

	_kvm_intr_seq++;
	if (fire) {
		tick_next += tick_period;
		if (tick_next <= now)		/* missed some: no burst */
			tick_next = now + tick_period;
	}
	if (halt_until && now >= halt_until)
		halt_until = 0;
	armed = 0;		/* it has run out */
	timer_rearm(now);
	_kvm_lapic_eoi();
	if (fire && fn) {
		/* The next tick is a period away, and fn may switch to a
		 * thread that was not interrupted (it yielded): that thread
		 * must run with interrupts on, or it would never be
		 * pre-empted. See the tick contract in uk/plat/time.h. */
		ukarch_irq_enable();
		fn(tick_arg);
	}
}

static void timer_trap(struct __regs *regs)
{
	if (regs->vector == KVM_TIMER_VECTOR)
		timer_irq();
	else if (regs->vector != KVM_SPURIOUS_VECTOR)	/* needs no EOI */
		next_handler(regs);
}

/* Called with interrupts disabled. */
static void timer_init(void)
{
	if (timer_ready)
		return;
	ukplat_monotonic_clock();	/* measures the TSC first */
	_kvm_lapic_init();
	ukarch_irq_onstack_set(KVM_TIMER_VECTOR);
	next_handler = ukarch_trap_handler_set(timer_trap);
	timer_ready = 1;
}

/* Spins with interrupts on until one comes or the window (ending no
 * later than @until) runs out: 1 when one came. */
static int halt_poll(uint64_t now, uint64_t until)
{
	unsigned long seq = _kvm_intr_seq;
	uint64_t end = now + poll_ns < until ? now + poll_ns : until;

	ukarch_irq_enable();
	while (_kvm_intr_seq == seq && ukplat_monotonic_clock() < end)
		__asm__ __volatile__("pause" ::: "memory");
	ukarch_irq_disable();
	return _kvm_intr_seq != seq;
}

void ukplat_halt_to_unless(unsigned long long until, const volatile int *note)
{
	unsigned long flags = ukarch_irq_save();
	uint64_t now, max = (uint64_t)UK_OPT(KVM_HALT_POLL_US) * 1000;

	if (poll_raised > max)
		max = poll_raised;

	timer_init();
	now = ukplat_monotonic_clock();
	/* Interrupts are off from here to the sti of the halt or of the
	 * polling (which ends at any interrupt): a handler that sets *note
	 * after this look makes the wait end at once. */
	if (now < until && !(note && *note)) {
		halt_until = until;
		timer_rearm(now);
		if (!max || !halt_poll(now, until)) {
			/* sti takes effect after the next instruction: an
			 * interrupt between the two cannot be lost before
			 * hlt. */
			__asm__ __volatile__("sti; hlt; cli" ::: "memory");
			if (max) {
				uint64_t idle = ukplat_monotonic_clock() - now;

				poll_ns = idle <= max ? poll_ns * 2 : poll_ns / 2;
				if (poll_ns > max)
					poll_ns = max;
				if (poll_ns < POLL_MIN_NS)
					poll_ns = POLL_MIN_NS;
			}
		}
		/* The countdown stays armed (for no earlier than the next
		 * tick): if nothing halts to that deadline again, it fires
		 * once for nothing and the handler re-arms or stops it. */
		halt_until = 0;
	}
	ukarch_irq_restore(flags);
}

void ukplat_halt_to(unsigned long long until)
{
	ukplat_halt_to_unless(until, 0);
}

void ukplat_halt_poll_max(unsigned long long max_ns)
{
	if (max_ns > poll_raised)
		poll_raised = max_ns;
}

int ukplat_tick_set(unsigned long long period_ns, void (*fn)(void *arg),
		    void *arg)
{
	uint64_t now;

	ukarch_irq_disable();
	timer_init();
	now = ukplat_monotonic_clock();
	if (period_ns && period_ns < TICK_MIN_NS)
		period_ns = TICK_MIN_NS;
	tick_fn = fn;
	tick_arg = arg;
	tick_period = fn ? period_ns : 0;
	tick_next = now + tick_period;
	timer_rearm(now);
	/* Ticks need interrupts on; nothing else on this platform raises
	 * any (the PICs and the IOAPIC stay masked). */
	ukarch_irq_enable();
	return 0;
}
