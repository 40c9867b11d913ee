/* The calling thread's id: its struct uk_thread (the main thread's too,
 * which uksched adopts on this first call). */
#include <uk/sched.h>
#include "internal.h"

pthread_t pthread_self(void)
{
	return (pthread_t)uk_thread_current();
}

int pthread_equal(pthread_t a, pthread_t b)
{
	return a == b;
}
