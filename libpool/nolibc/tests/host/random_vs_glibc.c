/* Host test: nolibc's random/srandom/initstate/setstate against glibc's,
 * sequence for sequence (tests/test_nolibc_host.py builds random.c with
 * an nl_ prefix). Prints "SUCCESS" or the first differences. */
#include <stdio.h>
#include <stdlib.h>

long nl_random(void);
void nl_srandom(unsigned seed);
char *nl_initstate(unsigned seed, char *buf, size_t n);
char *nl_setstate(char *buf);

static int fails;

static void same(const char *what, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		long a = random(), b = nl_random();

		if (a != b && fails++ < 5)
			printf("FAIL %s #%d: glibc %ld, nolibc %ld\n", what, i, a, b);
	}
}

int main(void)
{
	static char g64[64], n64[64], g16[16], n16[16], g300[300], n300[300];
	unsigned seeds[] = { 0, 1, 42, 12345, 3000000000u };
	int k;

	same("unseeded", 100);
	for (k = 0; k < 5; k++) {
		srandom(seeds[k]);
		nl_srandom(seeds[k]);
		same("srandom", 1000);
	}
	initstate(7, g64, sizeof(g64));
	nl_initstate(7, n64, sizeof(n64));
	same("initstate 64", 200);
	initstate(9, g16, sizeof(g16));
	nl_initstate(9, n16, sizeof(n16));
	same("initstate 16", 200);
	initstate(11, g300, sizeof(g300));
	nl_initstate(11, n300, sizeof(n300));
	same("initstate 300", 200);
	setstate(g64);
	nl_setstate(n64);
	same("setstate", 200);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}
