/* Prints a line, then spins forever: the harness must stop it (its
 * timeout kills QEMU, tests/test_harness.py). */
#include <stdio.h>

int main(void)
{
	volatile unsigned long n = 0;

	printf("spinning\n");
	fflush(stdout);
	for (;;)
		n++;
}
