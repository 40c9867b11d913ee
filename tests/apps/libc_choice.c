/* A glibc-ABI program (gcc -c against glibc's headers) that calls what
 * only newlib has in the pool (a64l, strverscmp: no nolibc member will
 * grow them): uklink must pick newlib for it without --libc
 * (tests/test_libc_choice.py). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	long v = a64l("./");
	int c = strverscmp("a2", "a10");

	printf("a64l=%ld strverscmp<0=%d\n", v, c < 0);
	return v == 64 && c < 0 ? 0 : 1;
}
