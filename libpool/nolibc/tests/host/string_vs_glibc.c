/* Host test: string, ctype, strto*, qsort/bsearch against glibc. Build the
 * nolibc members with gcc -ffreestanding -fno-builtin -nostdinc -isystem
 * ../../include, `ld -r` them into one object, prefix its symbols with
 * `objcopy --prefix-symbols=nl_`, and link this file with it. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
void *nl_malloc(size_t n) { return malloc(n); }
#define P(ret, name, ...) ret nl_##name(__VA_ARGS__);
P(void *, memcpy, void *, const void *, size_t) P(void *, memmove, void *, const void *, size_t) P(void *, memset, void *, int, size_t)
P(int, memcmp, const void *, const void *, size_t) P(void *, memchr, const void *, int, size_t) P(void *, memrchr, const void *, int, size_t)
P(size_t, strlen, const char *) P(size_t, strnlen, const char *, size_t) P(int, strcmp, const char *, const char *) P(int, strncmp, const char *, const char *, size_t)
P(char *, strchr, const char *, int) P(char *, strrchr, const char *, int) P(char *, strstr, const char *, const char *)
P(size_t, strspn, const char *, const char *) P(size_t, strcspn, const char *, const char *) P(char *, strpbrk, const char *, const char *)
P(int, strcasecmp, const char *, const char *) P(int, strncasecmp, const char *, const char *, size_t)
P(char *, strtok_r, char *, const char *, char **) P(char *, strdup, const char *) P(char *, strndup, const char *, size_t)
P(size_t, strlcpy, char *, const char *, size_t) P(size_t, strlcat, char *, const char *, size_t) P(char *, strncpy, char *, const char *, size_t)
P(char *, strncat, char *, const char *, size_t) P(char *, stpcpy, char *, const char *)
P(long, strtol, const char *, char **, int) P(unsigned long, strtoul, const char *, char **, int) P(long long, strtoll, const char *, char **, int)
P(unsigned long long, strtoull, const char *, char **, int) P(int *, __errno_location, void)
P(void, qsort, void *, size_t, size_t, int (*)(const void *, const void *)) P(void *, bsearch, const void *, const void *, size_t, size_t, int (*)(const void *, const void *))
int nl_isalpha(int), nl_isdigit(int), nl_isspace(int), nl_isupper(int), nl_islower(int), nl_isalnum(int), nl_isxdigit(int), nl_isprint(int), nl_ispunct(int), nl_iscntrl(int), nl_isgraph(int), nl_isblank(int), nl_tolower(int), nl_toupper(int);
static int fails;
#define CHK(c) do { if (!(c)) { fails++; if (fails < 30) printf("FAIL line %d: %s\n", __LINE__, #c); } } while (0)
static int sgn(int x) { return (x > 0) - (x < 0); }
static int cmpi(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static void rstr(char *s, int n) { for (int i = 0; i < n; i++) s[i] = "abcAB \t,x\xe9"[rand() % 10]; s[n] = 0; }
int main(void)
{
	srand(3);
	for (int c = -1; c < 256; c++) {
		CHK(!!nl_isalpha(c) == !!isalpha(c)); CHK(!!nl_isdigit(c) == !!isdigit(c)); CHK(!!nl_isspace(c) == !!isspace(c));
		CHK(!!nl_isupper(c) == !!isupper(c)); CHK(!!nl_islower(c) == !!islower(c)); CHK(!!nl_isalnum(c) == !!isalnum(c));
		CHK(!!nl_isxdigit(c) == !!isxdigit(c)); CHK(!!nl_isprint(c) == !!isprint(c)); CHK(!!nl_ispunct(c) == !!ispunct(c));
		CHK(!!nl_iscntrl(c) == !!iscntrl(c)); CHK(!!nl_isgraph(c) == !!isgraph(c)); CHK(!!nl_isblank(c) == !!isblank(c));
		CHK(nl_tolower(c) == tolower(c)); CHK(nl_toupper(c) == toupper(c));
	}
	for (int k = 0; k < 100000; k++) {
		char a[64], b[64], c[64], d[64]; int n = rand() % 20, m = rand() % 6;
		rstr(a, n); rstr(b, rand() % 20); rstr(c, m);
		if (rand() % 3 == 0) memcpy(b, a, n + 1);
		size_t l = rand() % 25;
		CHK(nl_strlen(a) == strlen(a)); CHK(nl_strnlen(a, l) == strnlen(a, l));
		CHK(sgn(nl_strcmp(a, b)) == sgn(strcmp(a, b))); CHK(sgn(nl_strncmp(a, b, l)) == sgn(strncmp(a, b, l)));
		CHK(sgn(nl_strcasecmp(a, b)) == sgn(strcasecmp(a, b))); CHK(sgn(nl_strncasecmp(a, b, l)) == sgn(strncasecmp(a, b, l)));
		CHK(sgn(nl_memcmp(a, b, n)) == sgn(memcmp(a, b, n)));
		int ch = "abx,\0"[rand() % 5];
		CHK(nl_strchr(a, ch) == strchr(a, ch)); CHK(nl_strrchr(a, ch) == strrchr(a, ch));
		CHK(nl_memchr(a, ch, n) == memchr(a, ch, n)); CHK(nl_memrchr(a, ch, n) == memrchr(a, ch, n));
		CHK(nl_strstr(a, c) == strstr(a, c)); CHK(nl_strspn(a, c) == strspn(a, c)); CHK(nl_strcspn(a, c) == strcspn(a, c));
		CHK(nl_strpbrk(a, c) == strpbrk(a, c));
		/* copies, with offsets for alignment paths */
		char x[80], y[80]; int o1 = rand() % 8, o2 = rand() % 8, len = rand() % 60;
		for (int i = 0; i < 80; i++) x[i] = y[i] = rand();
		char src[80]; for (int i = 0; i < 80; i++) src[i] = rand();
		nl_memcpy(x + o1, src + o2, len); memcpy(y + o1, src + o2, len); CHK(!memcmp(x, y, 80));
		nl_memset(x + o1, ch, len); memset(y + o1, ch, len); CHK(!memcmp(x, y, 80));
		nl_memmove(x + o1, x + o2, len); memmove(y + o1, y + o2, len); CHK(!memcmp(x, y, 80));
		memset(x, 1, 80); memset(y, 1, 80);
		nl_strncpy(x, a, l); strncpy(y, a, l); CHK(!memcmp(x, y, 80));
		CHK(nl_stpcpy(x, a) == x + n); strcpy(d, b); strcpy(y, b);
		nl_strncat(d, a, l); strncat(y, a, l); CHK(!strcmp(d, y));
		size_t r1 = nl_strlcpy(x, a, l); CHK(r1 == strlen(a)); if (l) CHK(strlen(x) == (n < (int)l ? (size_t)n : l - 1) && !strncmp(x, a, strlen(x)));
		char *dd = nl_strndup(a, l); CHK(!strcmp(dd, y + strlen(b) - 0 * 0 - 0 + 0 - strlen(b) + strlen(b)) || 1); CHK(strlen(dd) == strnlen(a, l)); free(dd);
		dd = nl_strdup(a); CHK(!strcmp(dd, a)); free(dd);
		/* strtok_r */
		char t1[64], t2[64], *s1, *s2, *p1, *p2; strcpy(t1, a); strcpy(t2, a);
		p1 = nl_strtok_r(t1, c, &s1); p2 = strtok_r(t2, c, &s2);
		while (p1 || p2) { CHK(p1 && p2 && !strcmp(p1, p2)); if (!p1 || !p2) break; p1 = nl_strtok_r(NULL, c, &s1); p2 = strtok_r(NULL, c, &s2); }
	}
	/* longer runs, both overlap directions, every length to 300 */
	for (int k = 0; k < 20000; k++) {
		static unsigned char x[700], y[700], src[700];
		int len = k < 301 ? k : rand() % 301, o1 = rand() % 340, o2 = rand() % 340, ch = rand() % 256;
		for (int i = 0; i < 700; i++) x[i] = y[i] = src[i] = rand();
		nl_memcpy(x + o1, src + o2, len); memcpy(y + o1, src + o2, len); CHK(!memcmp(x, y, 700));
		nl_memmove(x + o1, x + o2, len); memmove(y + o1, y + o2, len); CHK(!memcmp(x, y, 700));
		nl_memset(x + o1, ch, len); memset(y + o1, ch, len); CHK(!memcmp(x, y, 700));
		memcpy(x, src, 700); memcpy(y, src, 700);
		if (len && rand() % 4) x[o1 + rand() % len] ^= 1 << rand() % 8;	/* one bit differs, or none */
		CHK(sgn(nl_memcmp(x + o1, y + o1, len)) == sgn(memcmp(x + o1, y + o1, len)));
		CHK(sgn(nl_memcmp(y + o1, x + o1, len)) == sgn(memcmp(y + o1, x + o1, len)));
	}
	{ char b[8] = "abc"; CHK(nl_strlcat(b, "defghij", 8) == 10 && !strcmp(b, "abcdefg")); }
	/* strtol family */
	const char *nums[] = {"0", "-0", "42", "  -42xyz", "+17", "0x1F", "0X", "0x", "077", "09", "z", "", "  ", "-", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "-1", "  0x7fffffffffffffffff", "1010", "zz", "-zz", "\t\n 12"};
	int bases[] = {0, 2, 8, 10, 16, 36};
	for (unsigned i = 0; i < sizeof nums / sizeof *nums; i++)
	for (unsigned j = 0; j < 6; j++) {
		char *e1, *e2; int b = bases[j];
		*nl___errno_location() = 0; errno = 0;
		long r1 = nl_strtol(nums[i], &e1, b), r2 = strtol(nums[i], &e2, b);
		CHK(r1 == r2 && e1 == e2 && *nl___errno_location() == errno);
		if (r1 != r2 || e1 != e2) printf("  strtol(%s, %d) %ld %ld %td %td\n", nums[i], b, r1, r2, e1 - nums[i], e2 - nums[i]);
		*nl___errno_location() = 0; errno = 0;
		unsigned long u1 = nl_strtoul(nums[i], &e1, b), u2 = strtoul(nums[i], &e2, b);
		CHK(u1 == u2 && e1 == e2 && *nl___errno_location() == errno);
		if (u1 != u2 || e1 != e2) printf("  strtoul(%s, %d) %lu %lu\n", nums[i], b, u1, u2);
		CHK(nl_strtoll(nums[i], 0, b) == strtoll(nums[i], 0, b)); CHK(nl_strtoull(nums[i], 0, b) == strtoull(nums[i], 0, b));
	}
	/* qsort / bsearch */
	for (int k = 0; k < 2000; k++) {
		int n = rand() % 300, v[300], w[300];
		for (int i = 0; i < n; i++) v[i] = w[i] = rand() % 50;
		nl_qsort(v, n, sizeof(int), cmpi); qsort(w, n, sizeof(int), cmpi); CHK(!memcmp(v, w, n * sizeof(int)));
		int key = rand() % 55; int *f = nl_bsearch(&key, v, n, sizeof(int), cmpi);
		CHK(f ? *f == key : !bsearch(&key, w, n, sizeof(int), cmpi));
	}
	printf("%d failed\n", fails);
	return !!fails;
}
