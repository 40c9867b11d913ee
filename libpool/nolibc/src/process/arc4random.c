/* arc4random (BSD, glibc 2.36): uksrand's ChaCha20 generator. */
#include <stdint.h>
#include <stdlib.h>
#include <uk/random.h>

uint32_t arc4random(void)
{
	return uk_random_u32();
}

void arc4random_buf(void *buf, size_t n)
{
	uk_random_fill(buf, n);
}

/* Uniform in [0, @n): draws below the largest multiple of @n only. */
uint32_t arc4random_uniform(uint32_t n)
{
	uint32_t min, v;

	if (n < 2)
		return 0;
	min = -n % n;		/* 2^32 mod n */
	do
		v = uk_random_u32();
	while (v < min);
	return v % n;
}
