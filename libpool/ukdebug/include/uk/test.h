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

#endif /* UK_TEST_H */
