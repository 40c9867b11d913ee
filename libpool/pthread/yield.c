/* sched_yield, which host-compiled threaded programs call. */
#include <sched.h>
#include <uk/sched.h>

int sched_yield(void)
{
	uk_thread_yield();
	return 0;
}
