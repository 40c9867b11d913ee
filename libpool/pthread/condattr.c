/* Condition variable attributes: the clock, in the int of a
 * pthread_condattr_t. */
#include <errno.h>
#include "internal.h"

#define CLOCK_REALTIME	0	/* Linux's clock ids */
#define CLOCK_MONOTONIC	1

int pthread_condattr_init(pthread_condattr_t *attr)
{
	attr->__align = CLOCK_REALTIME;
	return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return EINVAL;
	attr->__align = clock;
	return 0;
}

int pthread_condattr_getclock(const pthread_condattr_t *attr,
			      clockid_t *clock)
{
	*clock = attr->__align;
	return 0;
}
