/* Host test: sscanf and strtod against glibc. Build the nolibc members
 * (stdio/sscanf.c stdio/vsscanf.c stdlib/strtod.c stdlib/strtol.c and
 * what they call) with gcc -ffreestanding -fno-builtin -nostdinc -isystem
 * ../../include, `ld -r` them into one object, prefix its symbols with
 * `objcopy --prefix-symbols=nl_`, and link this file with it
 * (tests/test_nolibc_host.py does). Prints FAIL lines, then "N failures". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <math.h>

int nl_sscanf(const char *s, const char *fmt, ...);
double nl_strtod(const char *s, char **end);
int *nl___errno_location(void);

static int fails, offby1;
#define FAIL(...) do { if (fails++ < 30) printf("FAIL " __VA_ARGS__); } while (0)

/* Every conversion stores into one of four zeroed 64-byte buffers, so any
 * format with up to four conversions of any type can be compared. */
static void scan(const char *in, const char *fmt)
{
	char g[4][64], n[4][64];
	int rg, rn;

	memset(g, 0x5a, sizeof(g));
	memset(n, 0x5a, sizeof(n));
	rg = sscanf(in, fmt, g[0], g[1], g[2], g[3]);
	rn = nl_sscanf(in, fmt, n[0], n[1], n[2], n[3]);
	if (rg != rn)
		FAIL("sscanf(\"%s\", \"%s\"): %d, glibc %d\n", in, fmt, rn, rg);
	else if (memcmp(g, n, sizeof(g)))
		FAIL("sscanf(\"%s\", \"%s\"): stored values differ\n", in, fmt);
}

static const char *cases[][2] = {
	{ "42", "%d" }, { "-17 33", "%d %d" }, { "  +8x", "%d%c" },
	{ "0x1f 017 19", "%i %i %i" }, { "ff FF 777", "%x %X %o" },
	{ "4294967295", "%u" }, { "-1", "%u" }, { "12345", "%3d%d" },
	{ "99999999999", "%lld" }, { "123456789012", "%ld" },
	{ "7 8", "%hhd %hd" }, { "3.25 -1e3 .5", "%lf %lf %lf" },
	{ "2.5e-3", "%f" }, { "1e400 -0.0", "%lf %lf" }, { "inf nan", "%lf %lf" },
	{ "12.5abc", "%lf%s" }, { "1.25", "%3lf%d" }, { "hello world", "%s %s" },
	{ "hello", "%3s%s" }, { "abc", "%c%c%c" }, { "abcdef", "%4c%s" },
	{ "key=value;", "%[^=]=%[^;]" }, { "]]ab", "%[]]%s" },
	{ "a-z", "%[a-]%s" }, { "abc123", "%[a-z]%d" }, { "xyz", "%[0-9]" },
	{ "", "%d" }, { "   ", "%d" }, { "abc", "%d" }, { "5", "%*d%d" },
	{ "1 2 3", "%*d %d %n%d" }, { "10%", "%d%%" }, { "10 %", "%d %%" },
	{ "a,b", "%c,%c" }, { "a;b", "%c,%c" }, { "3:4", "%d:%d" },
	{ "3:", "%d:%d" }, { "x", "y" }, { "", "y" }, 
	{ "-", "%d" }, { "+", "%lf" }, { "0x10", "%p" }, { "12 34", "%zu %jd" },
	{ "\t\n 5", " %d" }, { "6 7", "%d%d" },
	{ "infinity", "%lf" }, { "077", "%i" },
};

static void strtod_cmp(const char *s, int ulps)
{
	char *eg, *en;
	double g = strtod(s, &eg), n = nl_strtod(s, &en);
	int64_t a, b;

	memcpy(&a, &g, 8);
	memcpy(&b, &n, 8);
	if (eg - s != en - s || (isnan(g) != isnan(n)) ||
	    (!isnan(g) && llabs(a - b) > ulps))
		FAIL("strtod(\"%s\"): %.17g (%d bytes), glibc %.17g (%d)\n",
		     s, n, (int)(en - s), g, (int)(eg - s));
	else if (!isnan(g) && a != b)
		offby1++;
}

int main(void)
{
	char buf[64];
	unsigned i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		scan(cases[i][0], cases[i][1]);
	srand(7);
	for (i = 0; i < 100000; i++) {
		double v;
		uint64_t bits = ((uint64_t)rand() << 33) ^ ((uint64_t)rand() << 11) ^ rand();

		memcpy(&v, &bits, 8);
		if (isnan(v) || isinf(v))
			continue;
		/* Literals of 15 digits between 1e-21 and 1e21. */
		snprintf(buf, sizeof(buf), "%.15g",
			 ldexp(frexp(v, &(int){0}), rand() % 140 - 70));
		strtod_cmp(buf, 1);
		/* Round trips over the whole range, subnormals included. */
		snprintf(buf, sizeof(buf), "%.17g", v);
		strtod_cmp(buf, 1);
	}
	strtod_cmp("1e-400", 0);
	strtod_cmp("1e309", 0);
	strtod_cmp("0.000000000000000000000000000001", 2);
	strtod_cmp("123456789012345678901234567890", 2);
	strtod_cmp("  -.5e+2x", 0);
	strtod_cmp("e5", 0);
	strtod_cmp(".", 0);
	*nl___errno_location() = 0;
	nl_strtod("1e999", NULL);
	if (*nl___errno_location() != 34)
		FAIL("strtod(\"1e999\") did not set ERANGE\n");
	/* Off by one ulp (double rounding) is rare: at most 1 in 1000. */
	if (offby1 > 200)
		FAIL("strtod: %d results off by one ulp\n", offby1);
	printf("%d failures (%d results off by one ulp)\n", fails, offby1);
	return fails != 0;
}
