/*
 * Platform contract: time. OPTIONAL: callers check the weak reference.
 * kvm, linuxu and xen implement the clocks and ukplat_halt_to(_unless);
 * kvm and linuxu the tick (docs/time.md). Every platform that implements a
 * function here implements it as documented; none is emulated by another.
 */
#ifndef UK_PLAT_TIME_H
#define UK_PLAT_TIME_H

#ifdef __cplusplus
extern "C" {
#endif

/* Nanoseconds on a clock that never goes back, from a fixed point no later
 * than boot. */
unsigned long long ukplat_monotonic_clock(void) __attribute__((weak));

/* Nanoseconds since the Unix epoch; 0 if the platform does not know. */
unsigned long long ukplat_wall_clock(void) __attribute__((weak));

/* Waits until ukplat_monotonic_clock() >= until, or returns early when an
 * event arrives. Returns at once if until is already past. */
void ukplat_halt_to(unsigned long long until) __attribute__((weak));

/* As ukplat_halt_to, but returns at once, without waiting, if *note is
 * not 0. The platform reads *note with its interrupts disabled (kvm: the
 * CPU's interrupt flag; linuxu: every signal blocked; xen: event upcalls,
 * masked outside a wait anyway) and enables them only for the wait, in
 * one step with it, so an interrupt that is pending then, or comes
 * later, ends the wait; on return they are as they were. A scheduler's
 * idle loop needs this: its interrupt handlers leave a note (uksched:
 * a wake while the pre-emption counter is raised), and a handler that
 * runs after the loop's last look at the note but before an ordinary
 * ukplat_halt_to would be lost in the halt, until the next interrupt or
 * @until. NULL @note: ukplat_halt_to. Every platform with
 * ukplat_halt_to has it. */
void ukplat_halt_to_unless(unsigned long long until,
			   const volatile int *note) __attribute__((weak));

/* Halt polling: lets ukplat_halt_to spin up to max_ns (adaptively: the
 * window grows while events come within it and shrinks while they do
 * not) before it halts, so that an event that comes soon after (a network
 * peer's reply, tens of microseconds away) finds the CPU running instead
 * of waking a halted one. Raises the bound, never lowers it: the image's
 * own setting is the floor. OPTIONAL (kvm x86_64). Drivers' users call it
 * when they start waiting for interrupts from a peer, so that images
 * without devices carry none of it. */
void ukplat_halt_poll_max(unsigned long long max_ns) __attribute__((weak));

/*
 * The periodic tick, for pre-emptive scheduling. OPTIONAL (kvm: LAPIC
 * timer; linuxu: SIGALRM; xen: not yet).
 *
 * Arms a periodic timer interrupt that calls fn(arg) every period_ns
 * nanoseconds, rounded to what the hardware can do (kvm: at least 100 us;
 * linuxu: whole microseconds). fn runs in interrupt context, on the stack
 * of whatever thread it interrupted (below its red zone), after the
 * platform has saved every general-purpose and SSE register that the
 * interrupted code may be using: fn MAY switch to another thread (the
 * interrupted one resumes, and the interrupt returns, when it is switched
 * back to). fn MUST NOT assume anything about the interrupted code; it
 * decides whether switching is safe from its own state (the scheduler's
 * pre-emption counter), not from the platform's.
 * Further ticks are held off only by time: the platform arms the next
 * tick one period ahead, then calls fn with interrupts enabled (kvm) or
 * SIGALRM unblocked (linuxu). So a thread fn switches to runs pre-emptible
 * however it was suspended (interrupted, yielded, or new), and no
 * interrupt state needs saving across switches; but fn is re-entered if
 * one call lasts a period (a host that deschedules a TCG vCPU can do
 * that): fn MUST raise its pre-emption counter before touching shared
 * state, so that a nested call returns at once.
 * kvm also enables interrupts for good on the first call (nothing else
 * raises any). period_ns == 0 or fn == NULL stops the tick. A second call
 * replaces the first. Returns 0, or a negative errno from the host
 * (linuxu).
 */
int ukplat_tick_set(unsigned long long period_ns, void (*fn)(void *arg),
		    void *arg) __attribute__((weak));

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_TIME_H */
