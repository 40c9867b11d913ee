/* printf family against known glibc output (the host test
 * tests/host/printf_vs_glibc.c, run by tests/test_host_programs.py,
 * compares ~375k formats with glibc directly). */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <inttypes.h>

static int fails;
/* volatile: keeps the compiler from checking these at build time. */
static const char *volatile null_str;
static const char *volatile long_str = "truncated";

#define EXPECT(want, ...) do { \
	char b[128]; \
	int n = snprintf(b, sizeof(b), __VA_ARGS__); \
	if (strcmp(b, want) || n != (int)strlen(want)) { \
		printf("FAIL line %d: got \"%s\" (%d), want \"%s\"\n", \
		       __LINE__, b, n, want); \
		fails++; \
	} \
} while (0)

int main(void)
{
	char small[6];

	EXPECT("42 -42 +42  42", "%d %i %+d % d", 42, -42, 42, 42);
	EXPECT("[   42] [42   ] [00042] [  042]", "[%5d] [%-5d] [%05d] [%5.3d]",
	       42, 42, 42, 42);
	EXPECT("ff FF 0xff 0XFF 377 0377", "%x %X %#x %#X %o %#o", 255, 255,
	       255, 255, 255, 255);
	EXPECT("18446744073709551615 -9223372036854775808", "%llu %lld",
	       (unsigned long long)-1, (long long)INT64_MIN);
	EXPECT("-1 255 65535 -1", "%hhd %hhu %hu %hd", 255, 255, 65535, 65535);
	EXPECT("7 -3 12345", "%zu %td %" PRIu64, (size_t)7, (ptrdiff_t)-3,
	       (uint64_t)12345);
	EXPECT("[  abc] [ab   ] [x] (null)", "[%*s] [%-*.*s] [%c] %s", 5, "abc",
	       5, 2, "abcdef", 'x', null_str);
	EXPECT("0x1234 (nil) 100%", "%p %p %d%%", (void *)0x1234, (void *)0,
	       100);
	EXPECT("3.141593 3.14 -0.500 1e+06 1.5e-05", "%f %.2f %.3f %g %g",
	       3.14159265, 3.14159265, -0.5, 1e6, 1.5e-5);
	EXPECT("1.234568e+08 1.2E-10 0.125 inf -nan", "%e %.1E %g %f %f",
	       123456789.0, 1.2e-10, 0.125, __builtin_inf(), -__builtin_nan(""));
	EXPECT("0.1000000000000000055511151231257827", "%.34f", 0.1);
	EXPECT("2 2 4 0", "%.0f %.0f %.0f %.0f", 1.5, 2.5, 3.5, 0.5);
	/* The integer-only variant consumes a double and prints '?'. */
	if (sniprintf(small, sizeof(small), "%d%f%d", 1, 2.5, 3) != 3 ||
	    strcmp(small, "1?3")) {
		printf("FAIL sniprintf: %s\n", small);
		fails++;
	}
	if (snprintf(small, sizeof(small), "%s", long_str) != 9 ||
	    strcmp(small, "trunc")) {
		printf("FAIL truncation: %s\n", small);
		fails++;
	}
	fprintf(stderr, "stderr works\n");
	puts("puts works");
	fputs("fputs ", stdout);
	putchar('o');
	fputc('k', stdout);
	fwrite("\n", 1, 1, stdout);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails;
}
