/* random(): the BSD additive feedback generator with glibc's parameters,
 * seeding and state layout, so sequences equal glibc's for a seed: a
 * table of 31 words (default, 128-byte state; initstate() picks 7, 15,
 * 31 or 63 words, or a plain LCG under 32 bytes) where each output adds
 * the word `sep` places behind. The state buffer's first word records
 * its type and read position, for setstate(). Not for cryptography. */
#include <stdint.h>
#include <stdlib.h>
#include <errno.h>

static const unsigned char deg[5] = { 0, 7, 15, 31, 63 };
static const unsigned char sep[5] = { 0, 3, 1, 3, 1 };

static int32_t table[32] = { 3 };	/* TYPE_3; seeded on first use */
static int32_t *state = table + 1;	/* after the header word */
static int type = 3, f, r, seeded;

/* The header word of the current buffer: type and read position. */
static void save(void)
{
	state[-1] = type ? 5 * r + type : 0;
}

/* Park and Miller's minimal standard generator, in Schrage's form, in
 * 32-bit arithmetic as glibc seeds (a seed above 2^31 is negative). */
static int32_t step(int32_t w)
{
	int32_t hi = w / 127773, lo = w % 127773;

	w = 16807 * lo - 2836 * hi;
	return w < 0 ? w + 2147483647 : w;
}

long random(void)
{
	uint32_t v;

	if (!seeded)
		srandom(1);
	if (!type) {
		state[0] = (state[0] * 1103515245U + 12345U) & 0x7fffffff;
		return state[0];
	}
	v = state[f] += (uint32_t)state[r];
	f = f + 1 == deg[type] ? 0 : f + 1;
	r = r + 1 == deg[type] ? 0 : r + 1;
	return v >> 1;
}

void srandom(unsigned seed)
{
	int32_t w = seed ? (int32_t)seed : 1;
	int i;

	seeded = 1;
	state[0] = w;
	if (!type)
		return;
	for (i = 1; i < deg[type]; i++)
		state[i] = w = step(w);
	f = sep[type];
	r = 0;
	for (i = 0; i < 10 * deg[type]; i++)
		random();
}

char *initstate(unsigned seed, char *buf, size_t n)
{
	char *old = (char *)(state - 1);

	if (n < 8) {
		errno = EINVAL;
		return NULL;
	}
	save();
	type = n < 32 ? 0 : n < 64 ? 1 : n < 128 ? 2 : n < 256 ? 3 : 4;
	state = (int32_t *)buf + 1;
	srandom(seed);
	save();
	return old;
}

char *setstate(char *buf)
{
	int32_t *s = (int32_t *)buf + 1;
	char *old = (char *)(state - 1);
	int t = s[-1] % 5;

	save();
	state = s;
	type = t;
	r = t ? s[-1] / 5 : 0;
	f = t ? (r + sep[t]) % deg[t] : 0;
	seeded = 1;
	return old;
}
