/* libm's errors through errno, as glibc reports them (C99's
 * math_errhandling & MATH_ERRNO): compiled by the host's cc against
 * glibc's headers, linked with either C library and newlibm
 * (tests/test_libm.py), output compared with the native build's. The
 * operands come from the command line (0), so nothing is folded. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static void show(const char *what, double r, int want)
{
	int e = errno;

	printf("%-10s %-4s errno %d %s\n", what,
	       isnan(r) ? "nan" : isinf(r) ? (r < 0 ? "-inf" : "inf") : "num",
	       e, e == want ? "as expected" : "wrong");
	errno = 0;
}

int main(int argc, char **argv)
{
	double z = atof(argc > 1 ? argv[1] : "0"), m = z - 1;

	errno = 0;
	show("log(0)", log(z), ERANGE);
	show("log(-1)", log(m), EDOM);
	show("log10(0)", log10(z), ERANGE);
	show("sqrt(-1)", sqrt(m), EDOM);
	show("exp(1000)", exp(1000 + z), ERANGE);
	show("pow(0,-1)", pow(z, m), ERANGE);
	show("pow(-0,-1)", pow(-z, m), ERANGE);
	show("acos(2)", acos(2 + z), EDOM);
	show("fmod(1,0)", fmod(1 + z, z), EDOM);
	show("logf(0)", logf((float)z), ERANGE);
	show("sqrtf(-1)", sqrtf((float)m), EDOM);
	show("sqrt(4)", sqrt(4 + z), 0);
	return 0;
}
