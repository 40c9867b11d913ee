/* The 48-bit linear congruential generators of POSIX (drand48 & co.):
 * X' = a X + c mod 2^48 with POSIX's a and c, as glibc computes them, so
 * that a seed gives glibc's sequence. */
#include <stdlib.h>
#include <stdint.h>

static unsigned short x[3] = { 0x330e, 0, 0 };	/* srand48(0) */
static uint64_t a = 0x5deece66dULL;
static unsigned short c = 0xb;

static uint64_t get(const unsigned short s[3])
{
	return (uint64_t)s[2] << 32 | (uint64_t)s[1] << 16 | s[0];
}

static void put(unsigned short s[3], uint64_t v)
{
	s[0] = v;
	s[1] = v >> 16;
	s[2] = v >> 32;
}

/* Steps @s and returns its new 48 bits. */
static uint64_t step(unsigned short s[3])
{
	uint64_t v = (a * get(s) + c) & 0xffffffffffffULL;

	put(s, v);
	return v;
}

double erand48(unsigned short s[3])
{
	return step(s) * 0x1p-48;
}

double drand48(void)
{
	return erand48(x);
}

long nrand48(unsigned short s[3])
{
	return step(s) >> 17;
}

long lrand48(void)
{
	return nrand48(x);
}

long jrand48(unsigned short s[3])
{
	return (int32_t)(step(s) >> 16);
}

long mrand48(void)
{
	return jrand48(x);
}

void srand48(long seed)
{
	put(x, (uint64_t)(uint32_t)seed << 16 | 0x330e);
	a = 0x5deece66dULL;
	c = 0xb;
}

unsigned short *seed48(unsigned short s[3])
{
	static unsigned short old[3];

	old[0] = x[0], old[1] = x[1], old[2] = x[2];
	x[0] = s[0], x[1] = s[1], x[2] = s[2];
	a = 0x5deece66dULL;
	c = 0xb;
	return old;
}

void lcong48(unsigned short p[7])
{
	x[0] = p[0], x[1] = p[1], x[2] = p[2];
	a = get(p + 3);
	c = p[6];
}

/* glibc's rand_r: three steps of its LCG, 11 + 10 + 10 bits. */
int rand_r(unsigned int *seed)
{
	unsigned int next = *seed;
	int r, i;

	for (r = 0, i = 0; i < 3; i++) {
		next = next * 1103515245 + 12345;
		r = (r << 10) ^ (next / 65536) % (i ? 1024 : 2048);
	}
	*seed = next;
	return r;
}
