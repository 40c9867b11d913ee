/* A program for glibc's headers (tests/test_hostcc.py): compiled by the
 * host's plain cc, run natively and as a unikernel, outputs compared. It
 * uses what typical small C programs use: stdio to stdout and stderr,
 * snprintf, sscanf, strings, stdlib, ctype, errno and libm. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static void scanning(void)
{
	char word[16], key[16], val[16];
	int a = 0, n, used = 0;
	unsigned x = 0;
	double d = 0;
	float f = 0;
	long long big = 0;

	n = sscanf("12 hello 3.5 ff", "%d %15s %lf %x", &a, word, &d, &x);
	printf("sscanf %d: %d %s %g %u\n", n, a, word, d, x);
	n = sscanf("name=uklink;", "%15[^=]=%15[^;]%n", key, val, &used);
	printf("sscanf %d: %s -> %s (%d bytes)\n", n, key, val, used);
	n = sscanf("-2.5e3 123456789012", "%f %lld", &f, &big);
	printf("sscanf %d: %.1f %lld\n", n, f, big);
	printf("sscanf empty %d, mismatch %d\n", sscanf("", "%d", &a),
	       sscanf("abc", "%d", &a));
}

static void strings(const char *arg)
{
	char buf[64], small[8], *p;
	size_t len;

	snprintf(buf, sizeof(buf), "%05d|%-6s|%.3f|%x|%c", 42, "ab", 3.14159,
		 255, 'z');
	puts(buf);
	strcpy(buf, "Hello, World 123 ");
	strcat(buf, arg);
	for (p = buf; *p; p++)
		*p = isalpha((unsigned char)*p) ? toupper((unsigned char)*p)
						 : tolower((unsigned char)*p);
	len = strlen(buf);
	printf("%s %zu\n", buf, len);
	strncpy(small, arg, sizeof(small) - 1);
	small[sizeof(small) - 1] = 0;
	p = stpcpy(buf, small);
	strncat(buf, "-tail-that-is-cut", 5);
	printf("%s|%s|%td\n", small, buf, p - buf);
	memset(buf, '.', 10);
	memcpy(buf + 10, "end", 4);
	printf("%s digits:%d spaces:%d punct:%d\n", buf, isdigit('7') != 0,
	       isspace('\t') != 0, ispunct('!') != 0);
}

static void stdlib(void)
{
	int v[] = { 5, 3, 9, 1, 7, -4, 0 };
	char *m, *end;
	long l;

	qsort(v, 7, sizeof(int), cmp);
	for (int i = 0; i < 7; i++)
		printf("%d ", v[i]);
	putchar('\n');
	errno = 0;
	l = strtol("99999999999999999999", &end, 10);
	printf("strtol %ld %s\n", l, errno == ERANGE ? "ERANGE" : "?");
	l = strtol("  -0x1fz", &end, 16);
	printf("strtol %ld rest %s, atoi %d, strtod %g\n", l, end,
	       atoi("  77abc"), strtod("6.02e23", NULL));
	m = malloc(100);
	if (!m)
		abort();
	strcpy(m, "heap");
	m = realloc(m, 4000);
	strcat(m, "-string");
	printf("%s %d\n", m, abs(-12));
	free(m);
}

static void maths(double z)
{
	printf("sqrt %.6f pow %.6f sin %.6f cos %.6f floor %.1f ceil %.1f\n",
	       sqrt(z), pow(z, 10.5), sin(z), cos(z), floor(-z * 1.25),
	       ceil(z * 1.25));
	printf("exp %.6f log %.6f log10 %.6f atan2 %.6f fabs %.2f fmod %.3f\n",
	       exp(z), log(z * 5), log10(z * 500), atan2(z, -1.0), fabs(-z),
	       fmod(10.0, z + 1.5));
	errno = 0;
	printf("sqrt(-1) is %s\n", isnan(sqrt(-z)) ? "nan" : "?");
	/* libm's errno is the C library's (newlibm's __errno on nolibc). */
	errno = 0;
	printf("exp(1000) %g, errno %s\n", exp(z * 500),
	       errno == ERANGE ? "ERANGE" : "not set");
}

int main(int argc, char **argv)
{
	volatile double z = 2.0;

	printf("argc %d, %s\n", argc, argc > 1 ? argv[1] : "-");
	fflush(stdout);
	fprintf(stderr, "to stderr: %s %d\n", "ok", argc);
	scanning();
	strings(argc > 1 ? argv[1] : "none");
	stdlib();
	maths(z);
	return 3;
}
