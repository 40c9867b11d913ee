/* The generator's state: key, block counter and the unused rest of the
 * current block. */
#include <uk/random.h>
#include "random.h"

static uint32_t key[8];
static const uint32_t nonce[2];
static uint64_t counter;
static uint8_t block[64];
static unsigned int used = sizeof(block);	/* bytes of block consumed */
static int seeded;

static void restart(void)
{
	counter = 0;
	used = sizeof(block);
	seeded = 1;
}

void uk_random_seed(const void *seed, size_t len)
{
	const uint8_t *s = seed;
	size_t i;

	for (i = 0; i < 8; i++)
		key[i] = 0;
	for (i = 0; i < len; i++)
		key[i / 4 % 8] ^= (uint32_t)s[i] << (8 * (i % 4));
	restart();
}

int uk_random_reseed(void)
{
	int hw = _uksrand_hw_seed(key);

	restart();
	return hw;
}

void uk_random_fill(void *buf, size_t len)
{
	uint8_t *p = buf;

	if (!seeded)
		uk_random_reseed();
	while (len) {
		if (used == sizeof(block)) {
			_uksrand_chacha20_block(key, counter++, nonce, block);
			used = 0;
		}
		*p++ = block[used];
		block[used++] = 0;	/* no copy of past output stays */
		len--;
	}
}

uint32_t uk_random_u32(void)
{
	uint8_t b[4];

	uk_random_fill(b, sizeof(b));
	return b[0] | b[1] << 8 | b[2] << 16 | (uint32_t)b[3] << 24;
}
