/* A program whose object calls the compiler runtime (tests/test_compilerrt.py):
 * 128-bit division and remainder, conversions between 128-bit integers
 * and doubles, population count without the POPCNT instruction, checked
 * multiplication. Compiled by the host's cc, linked by uklink (libpool/
 * compilerrt) and natively, outputs compared. The operands come from the
 * command line, so the compiler cannot fold the calls away. */
#include <stdio.h>
#include <stdlib.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

static void put(const char *what, u128 v)
{
	char buf[48], *p = buf + sizeof(buf) - 1;

	*p = 0;
	do
		*--p = '0' + (int)(v % 10);
	while (v /= 10);
	printf("%s %s\n", what, p);
}

int main(int argc, char *argv[])
{
	unsigned long long a = strtoull(argc > 1 ? argv[1] : "0", NULL, 0);
	unsigned long long b = strtoull(argc > 2 ? argv[2] : "1", NULL, 0);
	u128 big = (u128)a << 64 | b, q;
	s128 neg = -(s128)big;
	long long m;

	q = big / (b | 1);
	put("udiv", q);
	put("umod", big % (a | 3));
	put("sdiv", (u128)(neg / -(s128)(a | 5)));
	put("smod", (u128)-(neg % (s128)(b | 7)));
	printf("popcount %d %d\n", __builtin_popcountll(a),
	       __builtin_popcountll(b));
	put("through double", (u128)(double)big);
	put("from double", (u128)((double)a * 1e10));
	printf("mul overflow %d", __builtin_mul_overflow((long long)a,
							  (long long)b, &m));
	printf(" %lld\n", m);
	return 0;
}
