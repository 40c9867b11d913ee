/*
 * Seed material: the CPU's hardware generator where there is one
 * (uk/arch/random.h; x86_64: RDRAND). Whatever it gives, the cycle
 * counter and the platform clocks are mixed in too (splitmix64
 * finaliser), so two boots differ even without it.
 */
#include <uk/arch/lcpu.h>
#include <uk/arch/random.h>
#include <uk/plat/time.h>
#include "random.h"

static uint64_t mix(uint64_t z)
{
	z += 0x9e3779b97f4a7c15ULL;
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

int _uksrand_hw_seed(uint32_t key[8])
{
	uint64_t s = (uint64_t)(unsigned long)&s;	/* a stack address */
	int hw = ukarch_random_hw(), i;

	if (ukplat_wall_clock)
		s ^= mix(ukplat_wall_clock());
	if (ukplat_monotonic_clock)
		s ^= mix(ukplat_monotonic_clock() + s);
	for (i = 0; i < 4; i++) {
		uint64_t r = 0;

		if (hw && !ukarch_random_seed(&r))
			hw = 0;
		s = mix(s ^ ukarch_rdtsc());
		r ^= s;
		key[2 * i] = (uint32_t)r;
		key[2 * i + 1] = (uint32_t)(r >> 32);
	}
	return hw;
}
