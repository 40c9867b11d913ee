/* Host test: nolibc's strerror (nl_ prefix, tests/test_nolibc_host.py)
 * gives glibc's text for every number from -3 to 299. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

char *nl_strerror(int err);

/* strerror formats "Unknown error N" with snprintf: glibc's here. */
int nl_snprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}

int main(void)
{
	int e, fails = 0;

	for (e = -3; e < 300; e++)
		if (strcmp(strerror(e), nl_strerror(e)) && fails++ < 5)
			printf("FAIL %d: glibc \"%s\", nolibc \"%s\"\n", e,
			       strerror(e), nl_strerror(e));
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}
