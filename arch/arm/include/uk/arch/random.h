/*
 * The CPU's hardware random number generator, for seeding (uksrand):
 * ARMv7-A has none that code can read (RNDR is an ARMv8.5 AArch64
 * instruction). All static inline: no symbols.
 */
#ifndef UK_ARCH_RANDOM_H
#define UK_ARCH_RANDOM_H

#include <stdint.h>

/* Returns 1 if the CPU has a generator ukarch_random_seed() can read: never
 * on ARMv7. */
static inline int ukarch_random_hw(void)
{
	return 0;
}

/* Stores one word from the generator in *v and returns 1, or returns 0:
 * always 0 here (uksrand then seeds from clocks and addresses alone). */
static inline int ukarch_random_seed(uint64_t *v)
{
	(void)v;
	return 0;
}

#endif /* UK_ARCH_RANDOM_H */
