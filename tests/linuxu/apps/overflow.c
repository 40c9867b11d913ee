/* Unbounded recursion: the stack overflows into the guard page and the
 * report must still be printed (it runs on its own signal stack). */
#include <stdio.h>

__attribute__((noinline)) int recurse(volatile char *p, int n)
{
	volatile char pad[4096];

	pad[0] = (char)n;
	return recurse(pad, n + 1) + p[0];
}

int main(void)
{
	char c = 0;

	printf("recursing\n");
	return recurse(&c, 0);
}
