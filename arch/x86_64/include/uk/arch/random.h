/*
 * The CPU's hardware random number generator, for seeding (uksrand):
 * x86_64 RDRAND where CPUID offers it. RDSEED is never used (QEMU's TCG
 * lacks it). All static inline: no symbols.
 */
#ifndef UK_ARCH_RANDOM_H
#define UK_ARCH_RANDOM_H

#include <stdint.h>

/* Returns 1 if the CPU has a generator ukarch_random_seed() can read
 * (CPUID.01H:ECX bit 30, RDRAND), else 0. */
static inline int ukarch_random_hw(void)
{
	unsigned int a = 1, b, c = 0, d;

	__asm__ __volatile__("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	return (c >> 30) & 1;
}

/* Stores one 64-bit word from the generator in *v and returns 1, or
 * returns 0 if it gave none: RDRAND is retried up to 10 times, as Intel's
 * guidance says a healthy generator never needs more. Call only when
 * ukarch_random_hw() says there is one. */
static inline int ukarch_random_seed(uint64_t *v)
{
	unsigned char ok;
	int i;

	for (i = 0; i < 10; i++) {
		__asm__ __volatile__("rdrand %0; setc %1"
				     : "=r"(*v), "=qm"(ok) :: "cc");
		if (ok)
			return 1;
	}
	return 0;
}

#endif /* UK_ARCH_RANDOM_H */
