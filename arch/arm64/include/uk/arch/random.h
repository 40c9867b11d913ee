/*
 * The CPU's hardware random number generator, for seeding (uksrand):
 * arm64 RNDR (FEAT_RNG) where ID_AA64ISAR0_EL1 says the CPU has it. The
 * ID register is readable at EL1, and at EL0 under Linux (which traps and
 * emulates ID register reads) and QEMU's user mode. All static inline:
 * no symbols.
 */
#ifndef UK_ARCH_RANDOM_H
#define UK_ARCH_RANDOM_H

#include <stdint.h>

/* Returns 1 if the CPU has a generator ukarch_random_seed() can read
 * (ID_AA64ISAR0_EL1.RNDR, bits 63:60, non-zero), else 0. */
static inline int ukarch_random_hw(void)
{
	unsigned long isar0;

	__asm__ __volatile__("mrs %0, id_aa64isar0_el1" : "=r"(isar0));
	return (isar0 >> 60) != 0;
}

/* Stores one 64-bit word from the generator in *v and returns 1, or
 * returns 0 if it gave none: RNDR sets NZCV to 0b0100 when it has no
 * entropy at the moment; it is retried up to 10 times. Call only when
 * ukarch_random_hw() says there is one. RNDR is s3_3_c2_c4_0, named by
 * number so that any assembler takes it. */
static inline int ukarch_random_seed(uint64_t *v)
{
	unsigned long ok;
	int i;

	for (i = 0; i < 10; i++) {
		__asm__ __volatile__("mrs %0, s3_3_c2_c4_0\n\t"
				     "cset %1, ne"
				     : "=r"(*v), "=r"(ok) :: "cc");
		if (ok)
			return 1;
	}
	return 0;
}

#endif /* UK_ARCH_RANDOM_H */
