/* strings, conversions, sorting, errno, malloc and exit through libc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <uk/test.h>

static int order;

static int cmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static void last(void)
{
	/* atexit handlers run before the final flush: no newline here. */
	CHECK(order == 1);
	printf(fails ? "FAILURE" : "SUCCESS");
}

static void first(void)
{
	order = 1;
}

int main(void)
{
	char buf[32], *save, *tok, *d;
	int v[] = { 5, 3, 9, 1, 7 }, k = 7;
	void *p, *q;
	void *volatile huge;

	CHECK(strlen("hello") == 5 && !strcmp("a", "a") && strcmp("a", "b") < 0);
	CHECK(!strncasecmp("HeLLo", "hello", 5) && strstr("haystack", "st"));
	strcpy(buf, "a,b,,c");
	tok = strtok_r(buf, ",", &save);
	CHECK(tok && !strcmp(tok, "a"));
	tok = strtok_r(NULL, ",", &save);
	CHECK(tok && !strcmp(tok, "b"));
	tok = strtok_r(NULL, ",", &save);
	CHECK(tok && !strcmp(tok, "c") && !strtok_r(NULL, ",", &save));
	CHECK(strtol("  -0x1f", NULL, 0) == -31 && atoi("123abc") == 123);
	errno = 0;
	CHECK(strtol("99999999999999999999", NULL, 10) == LONG_MAX &&
	      errno == ERANGE);
	CHECK(isalpha('a') && !isdigit('a') && toupper('q') == 'Q');
	qsort(v, 5, sizeof(int), cmp);
	CHECK(v[0] == 1 && v[4] == 9 && *(int *)bsearch(&k, v, 5, 4, cmp) == 7);
	p = malloc(100);
	q = calloc(10, 1000);
	CHECK(p && q && !((char *)q)[9999]);
	d = strdup("copy");
	CHECK(d && !strcmp(d, "copy"));
	p = realloc(p, 100000);
	CHECK(p);
	free(p);
	free(q);
	free(d);
	CHECK(!posix_memalign(&p, 4096, 10) && !((unsigned long)p & 4095));
	free(p);
	/* volatile: the compiler may drop an unused malloc() call. */
	huge = malloc((size_t)-1 / 2);
	CHECK(!huge && errno == ENOMEM);
	atexit(last);
	atexit(first);
	exit(fails);
}
