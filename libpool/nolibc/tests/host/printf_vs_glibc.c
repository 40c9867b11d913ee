/* Host test: nolibc snprintf against glibc over ~375k formats. Build:
 *   for f in vfmt vfmt_float vsnprintf vsnfmt snprintf; do gcc -O1 \
 *     -ffreestanding -fno-builtin -nostdinc -isystem ../../include \
 *     -I ../../../ukboot/include \
 *     -Dvsnprintf=nl_vsnprintf -Dsnprintf=nl_snprintf -c ../../src/stdio/$f.c -o h_$f.o; done
 *   gcc -w printf_vs_glibc.c h_*.o -lm -o t && ./t
 * (tests/test_host_programs.py does.) Every output must equal glibc's, but
 * for one known, documented difference, counted apart ("known"): glibc
 * drops the zeros of %#g/%#G after a rounding carry (%#.2g of 99.5 gives
 * "1.e+02", %#g of 999999.5 "1.e+06"); C11 7.21.6.1 keeps trailing zeros
 * under '#', so P significant digits: "1.0e+02", "1.00000e+06", as nolibc
 * prints. known_carry() accepts exactly that shape and nothing else.
 * Prints "F/N failed, K known differences"; exits 1 when F > 0. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stdlib.h>
#include <limits.h>
#include <math.h>
int nl_snprintf(char *buf, size_t size, const char *fmt, ...);
const long uk_opt_NOLIBC_PRINTF_FLOAT = 1;
static int fails, total, known;

/* s without blanks and without zero padding before the first digit that
 * is not 0 (a 0 directly before the '.' is a digit, not padding). */
static void unpad(const char *s, char *o)
{
	int lead = 1;
	for (; *s; s++) {
		if (*s == ' ')
			continue;
		if (lead && *s == '0' && s[1] >= '0' && s[1] <= '9')
			continue;
		if (*s >= '0' && *s <= '9')
			lead = 0;
		*o++ = *s;
	}
	*o = 0;
}

/* The %#g rounding-carry difference: fmt is a '#' g/G conversion, nolibc
 * printed "1." and P-1 zeros before the exponent (P significant digits,
 * C11), glibc the same without those zeros. */
static int known_carry(const char *fmt, const char *got, const char *want)
{
	const char *pc = strchr(fmt, '%'), *dot;
	char g[2048], w[2048], *e, *m;
	int prec = 6, digits = 0;
	size_t n = strlen(fmt);

	while (n && fmt[n - 1] == ']')
		n--;
	if (!pc || !strchr(pc, '#') || !n || (fmt[n - 1] != 'g' && fmt[n - 1] != 'G'))
		return 0;
	if ((dot = strchr(pc, '.')))
		prec = atoi(dot + 1);
	if (prec == 0)
		prec = 1;
	unpad(got, g);
	unpad(want, w);
	e = strpbrk(g, "eE");
	m = strstr(g, "1.");
	if (!e || !m || m > e)
		return 0;
	for (char *q = m + 2; q < e; q++)
		if (*q != '0')
			return 0;
	digits = 1 + (int)(e - (m + 2));
	if (digits != prec)
		return 0;
	memmove(m + 2, e, strlen(e) + 1);	/* drop the zeros: glibc's shape */
	return strcmp(g, w) == 0;
}

#define T(fmt, ...) do { char a[2048], b[2048]; int ra = nl_snprintf(a, sizeof a, fmt, ##__VA_ARGS__); \
	int rb = snprintf(b, sizeof b, fmt, ##__VA_ARGS__); total++; \
	if (ra != rb || strcmp(a, b)) { \
		if (known_carry(fmt, a, b)) known++; \
		else { fails++; if (fails < 400) printf("FAIL %s [%s]: got [%s] %d want [%s] %d\n", #__VA_ARGS__, fmt, a, ra, b, rb); } \
	} } while (0)
int main(void)
{
	const char *ifl[] = {"", "-", "+", " ", "#", "0", "-0", "+0", "#0", "-#", " 0", "+ "};
	const char *conv[] = {"d", "i", "u", "x", "X", "o"};
	long long vals[] = {0, 1, -1, 7, 42, -42, 255, 4096, INT_MAX, INT_MIN, LLONG_MAX, LLONG_MIN, 123456789};
	char f[64];
	for (unsigned i = 0; i < sizeof ifl / sizeof *ifl; i++)
	for (unsigned c = 0; c < 6; c++)
	for (int w = -1; w < 22; w += 7)
	for (int p = -1; p < 22; p += 4)
	for (unsigned v = 0; v < sizeof vals / sizeof *vals; v++) {
		char ws[8] = "", ps[8] = "";
		if (w >= 0) sprintf(ws, "%d", w);
		if (p >= 0) sprintf(ps, ".%d", p);
		sprintf(f, "[%%%s%s%sll%s]", ifl[i], ws, ps, conv[c]); T(f, vals[v]);
		sprintf(f, "[%%%s%s%s%s]", ifl[i], ws, ps, conv[c]); T(f, (int)vals[v]);
		sprintf(f, "[%%%s%s%shh%s]", ifl[i], ws, ps, conv[c]); T(f, (int)vals[v]);
		sprintf(f, "[%%%s%s%sh%s]", ifl[i], ws, ps, conv[c]); T(f, (int)vals[v]);
		sprintf(f, "[%%%s%s%sl%s]", ifl[i], ws, ps, conv[c]); T(f, (long)vals[v]);
	}
	T("%zu %zd %jd %ju %td", (size_t)-1, (ssize_t)-5, (intmax_t)-7, (uintmax_t)9, (ptrdiff_t)-3);
	T("%*d|%-*d|%.*d|%*.*d", 5, 42, 5, 42, 4, 42, -6, 3, 7);
	T("%.*d", -3, 5);
	T("%c%c%5c%-5c|", 'a', 0x41, 'x', 'y');
	T("%s|%10s|%-10s|%.2s|%10.3s|%s", "hello", "hi", "hi", "hello", "hello", (char *)0);
	T("%p %p %20p %-20p|", (void *)0x1234, (void *)0, (void *)0xdeadbeef, (void *)1);
	T("%% %5% %d%%", 3);
	T("no conv"); T(""); T("%d %s %c %x", -1, "x", 'c', 255u);
	/* doubles */
	double dv[] = {0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 3.14159265358979, 1e-5, 1e-10, 123456.789, 1e15, 1e16, 1e21, 1e22, 1e100, 1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 9.9999999, 0.099999, 999999.5, 0.000123456, 100.0, 1e-4, 1e-5 * 9.99999, INFINITY, -INFINITY, NAN, -NAN, 0.3, 2.0/3, 1e6, 123456789012.0, 0.05, 0.15, 0.25, 0.35, 99.5, 0.95};
	const char *dc[] = {"f", "e", "g", "F", "E", "G"};
	const char *dfl[] = {"", "-", "+", " ", "#", "0", "+0", "#0", "-#"};
	for (unsigned i = 0; i < sizeof dfl / sizeof *dfl; i++)
	for (unsigned c = 0; c < 6; c++)
	for (int w = -1; w < 30; w += 10)
	for (int p = -1; p < 20; p += 3)
	for (unsigned v = 0; v < sizeof dv / sizeof *dv; v++) {
		char ws[8] = "", ps[8] = "";
		if (w >= 0) sprintf(ws, "%d", w);
		if (p >= 0) sprintf(ps, ".%d", p);
		sprintf(f, "[%%%s%s%s%s]", dfl[i], ws, ps, dc[c]); T(f, dv[v]);
	}
	T("%.0f %.0f %.0f %.0f %.0e %.0g %#.0f %#.0e %#g %#.3g", 0.5, 1.5, 2.5, 3.5, 25.0, 25.0, 3.0, 3.0, 1.0, 100.0);
	T("%.60f", 0.1); T("%.40e", 1e-300); T("%.17g", 0.1); T("%f", 1e308); T("%.1074f", 5e-324);
	T("%Lf %Le %Lg", (long double)1.5, (long double)-2.25e10, (long double)1e-7);
	T("%5.1f|%-8.2e|%08.3f|%+g", 3.14159, 2718.28, -1.5, 1e-20);
	/* random doubles */
	srand(1);
	for (int k = 0; k < 200000; k++) {
		union { double d; uint64_t u; } x;
		x.u = ((uint64_t)rand() << 62) ^ ((uint64_t)rand() << 31) ^ rand();
		if (k & 1) x.d = (rand() % 100000) / pow(10, rand() % 8) * (rand() & 1 ? 1 : -1);
		int p = rand() % 25;
		const char *cc = dc[rand() % 6];
		sprintf(f, "%%.%d%s", p, cc); T(f, x.d);
	}
	/* truncation and return value */
	{ char b[8]; int r = nl_snprintf(b, sizeof b, "%s", "hello world"); total++; if (r != 11 || strcmp(b, "hello w")) { fails++; puts("FAIL trunc"); } 
	  r = nl_snprintf(NULL, 0, "%d", 12345); total++; if (r != 5) { fails++; puts("FAIL null"); } }
	printf("%d/%d failed, %d known differences\n", fails, total, known);
	return fails != 0;
}
