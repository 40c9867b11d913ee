/* Floating point and vector code from a plain `cc -O2 -c`: SSE must be on,
 * and the printf float path must work. */
#include <stdio.h>

double dot(const double *a, const double *b, int n)
{
	double s = 0;
	for (int i = 0; i < n; i++)
		s += a[i] * b[i];
	return s;
}

int main(void)
{
	double a[8], b[8];
	for (int i = 0; i < 8; i++) {
		a[i] = i * 0.5;
		b[i] = 8 - i;
	}
	printf("dot=%.3f\n", dot(a, b, 8));
	return 0;
}
