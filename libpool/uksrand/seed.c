/*
 * Seed material. RDRAND (CPUID.01H:ECX bit 30) is retried up to 10 times
 * per word, as Intel's guidance says a healthy DRNG never needs more;
 * RDSEED is never used (QEMU's TCG lacks it). Whatever RDRAND gives, the
 * TSC and the platform clocks are mixed in too (splitmix64 finaliser), so
 * two boots differ even without it.
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "random.h"

static int has_rdrand(void)
{
	unsigned int a = 1, b, c = 0, d;

	__asm__ __volatile__("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	return (c >> 30) & 1;
}

static int rdrand64(uint64_t *v)
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
	int hw = has_rdrand(), i;

	if (ukplat_wall_clock)
		s ^= mix(ukplat_wall_clock());
	if (ukplat_monotonic_clock)
		s ^= mix(ukplat_monotonic_clock() + s);
	for (i = 0; i < 4; i++) {
		uint64_t r = 0;

		if (hw && !rdrand64(&r))
			hw = 0;
		s = mix(s ^ ukarch_rdtsc());
		r ^= s;
		key[2 * i] = (uint32_t)r;
		key[2 * i + 1] = (uint32_t)(r >> 32);
	}
	return hw;
}
