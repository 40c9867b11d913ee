/*
 * Platform contract: time. OPTIONAL for now (kvm gains it with the timer
 * work); callers check the weak reference. Every platform that implements
 * a function here implements it as documented; none is emulated by
 * another.
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

/*
 * The periodic tick, for pre-emptive scheduling. OPTIONAL.
 *
 * Arms a periodic timer interrupt (kvm: LAPIC or PIT; linuxu: a signal;
 * xen: VIRQ_TIMER) that calls fn(arg) every period_ns nanoseconds, rounded
 * to what the hardware can do. fn runs in interrupt context with further
 * ticks held off, on the stack of whatever thread it interrupted, after
 * the platform has saved every general-purpose and SSE register that the
 * interrupted code may be using: fn MAY switch to another thread (the
 * interrupted one resumes, and the interrupt returns, when it is switched
 * back to). fn MUST NOT assume anything about the interrupted code; it
 * decides whether switching is safe from its own state (the scheduler's
 * pre-emption counter), not from the platform's.
 * period_ns == 0 stops the tick. A second call replaces the first.
 * Returns 0, or -ENOTSUP where the platform has no timer interrupt.
 */
int ukplat_tick_set(unsigned long long period_ns, void (*fn)(void *arg),
		    void *arg) __attribute__((weak));

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_TIME_H */
