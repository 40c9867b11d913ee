/* Writes through a null pointer: the kernel must print a crash report that
 * names this function and exit with the crash status. */
#include <stdio.h>

__attribute__((noinline)) void crash_here(volatile int *p)
{
	*p = 42;
}

int main(void)
{
	printf("about to crash\n");
	crash_here((volatile int *)0);
	printf("still alive\n");
	return 0;
}
