/* pthread_exit: key destructors, then uksched's exit. */
#include <uk/sched.h>
#include "internal.h"

void pthread_exit(void *retval)
{
	if (_pthread_tsd_exit)
		_pthread_tsd_exit();
	uk_thread_exit(retval);
}
