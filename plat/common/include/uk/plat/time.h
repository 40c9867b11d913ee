/*
 * Platform contract: time. OPTIONAL for now (kvm gains it with the timer
 * work); callers check the weak reference.
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

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_TIME_H */
