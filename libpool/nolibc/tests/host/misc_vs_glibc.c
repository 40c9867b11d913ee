/* Host test: the small GNU/POSIX extras against glibc (nolibc members
 * built freestanding with an nl_ prefix, tests/test_nolibc_host.py):
 * strsep, memmem, mempcpy, stpncpy, strcasestr, strverscmp, ffs,
 * strtof/strtoimax, div, the drand48 family and rand_r (same sequences
 * for a seed), asctime_r, basename (glibc's symbol), dirname, qsort_r,
 * lfind/lsearch, tsearch/tfind/tdelete. Prints SUCCESS or what differs. */
#define _GNU_SOURCE
#include <inttypes.h>
char *dirname(char *path);	/* <libgen.h> would make basename POSIX's */
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

char *nl_strsep(char **, const char *);
void *nl_memmem(const void *, size_t, const void *, size_t);
void *nl_mempcpy(void *, const void *, size_t);
char *nl_stpncpy(char *, const char *, size_t);
char *nl_strcasestr(const char *, const char *);
int nl_strverscmp(const char *, const char *);
int nl_ffs(int), nl_ffsl(long), nl_ffsll(long long);
float nl_strtof(const char *, char **);
intmax_t nl_strtoimax(const char *, char **, int);
div_t nl_div(int, int);
lldiv_t nl_lldiv(long long, long long);
double nl_drand48(void), nl_erand48(unsigned short *);
long nl_lrand48(void), nl_mrand48(void), nl_nrand48(unsigned short *),
	nl_jrand48(unsigned short *);
void nl_srand48(long);
unsigned short *nl_seed48(unsigned short *);
int nl_rand_r(unsigned int *);
char *nl_asctime_r(const struct tm *, char *);
char *nl_dirname(char *);
void nl_qsort_r(void *, size_t, size_t,
		int (*)(const void *, const void *, void *), void *);
void *nl_lfind(const void *, const void *, size_t *, size_t,
	       int (*)(const void *, const void *));
void *nl_lsearch(const void *, void *, size_t *, size_t,
		 int (*)(const void *, const void *));
void *nl_tsearch(const void *, void **, int (*)(const void *, const void *));
void *nl_tfind(const void *, void *const *, int (*)(const void *, const void *));
void *nl_tdelete(const void *, void **, int (*)(const void *, const void *));
char *nl_basename(const char *);

/* What the members take from the rest of nolibc, from glibc here. */
void *nl_malloc(size_t n) { return malloc(n); }
void *nl_calloc(size_t n, size_t s) { return calloc(n, s); }
void nl_free(void *p) { free(p); }
struct tm *nl_localtime_r(const time_t *t, struct tm *tm) { return gmtime_r(t, tm); }
time_t nl_timegm(struct tm *tm) { return timegm(tm); }

static int fails;
#define CHK(c) do { if (!(c) && fails++ < 20) \
	printf("FAIL line %d: %s\n", __LINE__, #c); } while (0)
static int sgn(int x) { return (x > 0) - (x < 0); }

static int icmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static int icmp_r(const void *a, const void *b, void *dir)
{
	return *(int *)dir * (*(const int *)a - *(const int *)b);
}

static int scmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

int main(void)
{
	static const char *const vers[] = { "a", "a1", "a01", "a001", "a10",
		"a9", "a09", "a0", "a00", "1.2.10", "1.2.9", "1.02", "1.002",
		"abc", "ab", "", "000", "0", "9", "10", "x2y", "x12y", "x012y" };
	static const char *const paths[] = { "/usr/lib", "/usr/", "usr",
		"/", ".", "..", "a/b/c", "//a//b//", "", "a" };
	char a[64], b[64], *p, *q;
	unsigned short sa[3] = { 1, 2, 3 }, sb[3] = { 1, 2, 3 };
	unsigned int ra = 7, rb = 7;
	int i, j, v[50], w[50], dir = -1;
	size_t n = 3, m = 3;
	struct tm tm = { 52, 3, 1, 16, 8, 73, 0, 258, 0 };

	strcpy(a, "a,b,,c");
	strcpy(b, "a,b,,c");
	p = a;
	q = b;
	for (i = 0; i < 5; i++) {
		char *x = strsep(&p, ","), *y = nl_strsep(&q, ",");

		CHK((!x && !y) || (x && y && !strcmp(x, y)));
	}
	CHK(nl_memmem("hello world", 11, "o w", 3) == NULL ||
	    !memcmp(nl_memmem("hello world", 11, "o w", 3), "o w", 3));
	CHK(!nl_memmem("abc", 3, "abcd", 4) && nl_memmem("abc", 3, "", 0));
	CHK(nl_mempcpy(a, "xyz", 3) == a + 3);
	memset(a, 'q', 10);
	memset(b, 'q', 10);
	CHK(nl_stpncpy(a, "ab", 6) - a == stpncpy(b, "ab", 6) - b && !memcmp(a, b, 10));
	CHK(nl_stpncpy(a, "abcdefgh", 4) - a == 4);
	CHK(nl_strcasestr("Hello World", "WORLD") == (char *)"Hello World" + 0 + 0 ||
	    !strcmp(nl_strcasestr("Hello World", "WORLD"), "World"));
	for (i = 0; i < 23; i++)
		for (j = 0; j < 23; j++)
			CHK(sgn(nl_strverscmp(vers[i], vers[j])) ==
			    sgn(strverscmp(vers[i], vers[j])));
	for (i = -5; i < 70000; i += 997)
		CHK(nl_ffs(i) == ffs(i) && nl_ffsl(-(long)i << 20) == ffsl(-(long)i << 20));
	CHK(nl_ffsll(1LL << 40) == 41 && nl_ffs(0) == 0);
	CHK(nl_strtof("1.5e3", NULL) == 1500.0f && nl_strtoimax("-0x10", NULL, 0) == -16);
	CHK(nl_div(-7, 2).quot == -3 && nl_div(-7, 2).rem == -1 &&
	    nl_lldiv(7, -2).rem == 1);
	srand48(12345);
	nl_srand48(12345);
	for (i = 0; i < 100; i++) {
		CHK(lrand48() == nl_lrand48());
		CHK(mrand48() == nl_mrand48());
		CHK(drand48() == nl_drand48());
		CHK(nrand48(sa) == nl_nrand48(sb) && jrand48(sa) == nl_jrand48(sb));
		CHK(erand48(sa) == nl_erand48(sb));
		CHK(rand_r(&ra) == nl_rand_r(&rb));
	}
	seed48(sa);
	nl_seed48(sb);
	CHK(lrand48() == nl_lrand48());
	CHK(!strcmp(nl_asctime_r(&tm, a), asctime_r(&tm, b)));
	tm.tm_mday = 6;
	CHK(!strcmp(nl_asctime_r(&tm, a), asctime_r(&tm, b)));
	for (i = 0; i < 10; i++) {
		strcpy(a, paths[i]);
		strcpy(b, paths[i]);
		CHK(!strcmp(nl_dirname(a), dirname(b)));
		CHK(!strcmp(nl_basename(paths[i]), basename(paths[i])));
	}
	for (i = 0; i < 50; i++)
		v[i] = w[i] = (i * 7919) % 101;
	nl_qsort_r(v, 50, sizeof(int), icmp_r, &dir);
	qsort(w, 50, sizeof(int), icmp);
	for (i = 0; i < 50; i++)
		CHK(v[i] == w[49 - i]);
	j = 5;
	CHK(!nl_lfind(&j, w, &n, sizeof(int), icmp) && nl_lsearch(&j, w, &n, sizeof(int), icmp) &&
	    n == 4 && w[3] == 5 && nl_lfind(&j, w, &m, sizeof(int), icmp) == NULL);
	void *root = NULL;
	static const char *const words[] = { "m", "c", "x", "a", "e", "z", "m" };
	for (i = 0; i < 7; i++)
		CHK(*(char **)nl_tsearch(words[i], &root, scmp) != NULL);
	CHK(!strcmp(*(char **)nl_tfind("e", &root, scmp), "e") && !nl_tfind("q", &root, scmp));
	CHK(nl_tdelete("c", &root, scmp) && !nl_tfind("c", &root, scmp) &&
	    nl_tfind("a", &root, scmp) && nl_tfind("e", &root, scmp));
	CHK(nl_tdelete("m", &root, scmp) && !nl_tfind("m", &root, scmp) &&
	    nl_tfind("x", &root, scmp) && nl_tfind("z", &root, scmp));
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}
