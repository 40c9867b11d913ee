/* Joining and detaching: a pthread_t is its struct uk_thread. */
#include <uk/sched.h>
#include "internal.h"

int pthread_join(pthread_t thread, void **retval)
{
	return -uk_thread_join((struct uk_thread *)thread, retval);
}

int pthread_detach(pthread_t thread)
{
	return -uk_thread_detach((struct uk_thread *)thread);
}
