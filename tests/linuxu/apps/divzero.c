/* Integer division by zero: #DE, reported by name, status 127. */
#include <stdio.h>

__attribute__((noinline)) int divide(int a, volatile int *b)
{
	return a / *b;
}

int main(void)
{
	volatile int zero = 0;

	printf("dividing\n");
	printf("%d\n", divide(42, &zero));
	printf("still alive\n");
	return 0;
}
