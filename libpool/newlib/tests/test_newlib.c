/* newlib as the C library, through its own headers: formatted I/O both
 * ways, conversions, errno, ctype, memory, sorting, setjmp, and libm
 * (newlibm). Link with the options: --libc newlib */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/test.h>

static jmp_buf env;

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void jump(int v)
{
	longjmp(env, v);
}

int main(void)
{
	/* volatile: keep the compiler from folding the maths at build time */
	volatile double two = 2.0, half = 0.5;
	const char *words[] = { "pear", "apple", "fig" };
	char buf[64], word[16];
	double d;
	char *p, *end;
	int n, i;

#ifndef _NEWLIB_VERSION
	CHECK(!"compiled against newlib's headers");
#endif
	snprintf(buf, sizeof(buf), "%5.2f|%-4d|%x|%s|%e", 3.14159, 42, 255,
		 "ok", 12345.678);
	CHECK(!strcmp(buf, " 3.14|42  |ff|ok|1.234568e+04"));
	/* sniprintf (the kernel's printing too, through vsniprintf): the
	 * integer file engine on a string FILE (patches/0022): truncates,
	 * terminates, and returns the length it would have written. */
	n = sniprintf(word, sizeof(word), "%d|%5s|%-3x|%c%%|%ld", -42, "ab",
		      255, 'z', 1234567890L);
	CHECK(n == 27 && !strcmp(word, "-42|   ab|ff |z"));
	n = sniprintf(word, 1, "%s", "lost");
	CHECK(n == 4 && word[0] == 0);
	word[0] = 'x';
	CHECK(sniprintf(word, 0, "%d", 12345) == 5 && word[0] == 'x');
	CHECK(sniprintf(buf, sizeof(buf), "[%08u]", 77u) == 10 &&
	      !strcmp(buf, "[00000077]"));
	n = sscanf("17 words 2.5", "%d %15s %lf", &i, word, &d);
	CHECK(n == 3 && i == 17 && !strcmp(word, "words") && d == 2.5);
	d = strtod("  -1.5e3xyz", &end);
	CHECK(d == -1500.0 && !strcmp(end, "xyz"));
	errno = 0;
	CHECK(strtol("99999999999999999999", NULL, 10) == __LONG_MAX__ &&
	      errno == ERANGE);
	errno = 0;
	CHECK(strtod("1e999", NULL) == HUGE_VAL && errno == ERANGE);
	CHECK(isalpha('q') && !isdigit('q') && isxdigit('F') && toupper('a') == 'A');
	CHECK(!strcmp(strerror(EINVAL), "Invalid argument"));

	p = malloc(10);
	CHECK(p != NULL);
	strcpy(p, "123456789");
	p = realloc(p, 100000);
	CHECK(p && !strcmp(p, "123456789"));
	free(p);
	qsort(words, 3, sizeof(words[0]), cmp);
	CHECK(!strcmp(words[0], "apple") && !strcmp(words[2], "pear"));

	n = setjmp(env);
	if (n == 0)
		jump(7);
	CHECK(n == 7);

	CHECK(fabs(sqrt(two) - 1.41421356237) < 1e-9);
	CHECK(fabs(pow(two, 10) - 1024.0) < 1e-9);
	CHECK(fabs(sin(M_PI * half) - 1.0) < 1e-12);
	CHECK(fabs(log(exp(two)) - 2.0) < 1e-12);

	fprintf(stderr, "stderr works\n");
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails ? 1 : 0;
}
