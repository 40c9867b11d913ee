/*
 * Platform contract: stopping the machine.
 */
#ifndef UK_PLAT_BOOTSTRAP_H
#define UK_PLAT_BOOTSTRAP_H

#ifdef __cplusplus
extern "C" {
#endif

/* The status of a crash (CPU exception, failed assertion, abort()). */
#define UKPLAT_CRASH_STATUS	127

/* Stops the machine and hands status to the host. On kvm the status goes
 * to QEMU's isa-debug-exit device (port 0xf4), so QEMU exits with
 * (2 * status + 1) & 0xff; statuses are meaningful in 0-127. Without that
 * device, the CPU halts forever with interrupts disabled. On xen, Xen only
 * learns a shutdown reason: poweroff for 0; any other status is first
 * printed on the console as "[xen] exit status N" and the reason is crash
 * (docs/xen.md). Never returns. */
void ukplat_terminate(int status) __attribute__((noreturn));

/* ukplat_terminate(UKPLAT_CRASH_STATUS). Never returns. */
void ukplat_crash(void) __attribute__((noreturn));

#ifdef __cplusplus
}
#endif

#endif /* UK_PLAT_BOOTSTRAP_H */
