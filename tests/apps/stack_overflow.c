/* A thread whose stack overflows: the guard page below its stack must
 * turn the overflow into a crash report that names the recursing
 * function, instead of letting it write over the memory below. */
#include <stdio.h>
#include <uk/sched.h>

__attribute__((noinline)) static int deeper(int n)
{
	volatile char frame[512];

	frame[0] = (char)n;
	return deeper(n + 1) + frame[0];
}

static void *overflow(void *arg)
{
	volatile char top;

	(void)arg;
	/* near the top of the thread's stack: the fault must come within
	 * the stack's size (plus the guard page) below it */
	printf("overflowing from %p\n", (void *)&top);
	return (void *)(long)deeper(0);
}

int main(void)
{
	struct uk_thread_attr attr = { .stack_size = 16384, .name = "deep" };
	struct uk_thread *t;

	if (uk_thread_create(&t, &attr, overflow, NULL) < 0)
		return 1;
	uk_thread_join(t, NULL);
	printf("still alive\n");
	return 0;
}
