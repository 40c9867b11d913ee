/*
 * Feature tests (libpool/<lib>/tests/test_*.c, run on every platform by
 * tests/test_features.py): each is a tiny unikernel that checks, counts
 * and prints SUCCESS or FAILURE. The harness fails a test on any output
 * line that starts with "FAIL". Header-only: printf comes from whichever
 * C library the test links (nolibc or newlib).
 */
#ifndef UK_TEST_H
#define UK_TEST_H

#include <stdio.h>

/* The number of failed checks so far. */
static int fails;

/* Counts a failure when @x is false, and prints "FAIL line N: expression"
 * for the first 10 (a check inside a loop must not flood the console). */
#define CHECK(x) do { \
	if (!(x) && fails++ < 10) \
		printf("FAIL line %d: %s\n", __LINE__, #x); \
} while (0)

/* Bounds for the timing checks of feature tests. A check must show that a
 * wait ended for the right reason (its own deadline: not early, not at a
 * later timer, not never), never how fast: QEMU's TCG on the 2-core test
 * machine, loaded by parallel tests and builds (load average 7-14), woke
 * a 50 ms nanosleep up to 120 ms late (kvm, 2026-12-04), and a vCPU can be
 * off the CPU for longer. Latency is measured by `make bench`
 * (docs/performance.md), not asserted here (docs/testing.md). */
#define UK_TEST_LATE_MAX_MS	2000
/* The guest's wall clock against the host's, taken just before the boot
 * ({hosttime}): a Xen guest may wait for the session's Xen runner to come
 * up (up to 300 s) before it starts. */
#define UK_TEST_WALL_AHEAD_MAX_S	600
/* ... and behind it: the session's Xen (inside QEMU TCG, booted once per
 * run) keeps the wall clock dom0 gave it at boot, advanced by a TSC that
 * runs slow while the host is loaded: its guests read a clock 13 s behind
 * the host's after a 30-minute run at load average 13 (2026-12-05). An
 * epoch, time zone or unit error is off by hours or more. */
#define UK_TEST_WALL_BEHIND_MAX_S	120

#endif /* UK_TEST_H */
