/* Thread attributes: what uk_thread_attr can express. */
#include <errno.h>
#include <string.h>
#include <uk/config.h>
#include "internal.h"

#define A(attr)		((struct _pthread_attr *)(attr))
#define CA(attr)	((const struct _pthread_attr *)(attr))

int pthread_attr_init(pthread_attr_t *attr)
{
	memset(attr, 0, sizeof(*attr));
	return 0;
}

int pthread_attr_destroy(pthread_attr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t *attr, int state)
{
	if (state != PTHREAD_CREATE_JOINABLE &&
	    state != PTHREAD_CREATE_DETACHED)
		return EINVAL;
	A(attr)->detached = state == PTHREAD_CREATE_DETACHED;
	return 0;
}

int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state)
{
	*state = CA(attr)->detached ? PTHREAD_CREATE_DETACHED :
				      PTHREAD_CREATE_JOINABLE;
	return 0;
}

int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size)
{
	if (size < PTHREAD_STACK_MIN)
		return EINVAL;
	A(attr)->stacksize = size;
	return 0;
}

int pthread_attr_getstacksize(const pthread_attr_t *attr, size_t *size)
{
	*size = CA(attr)->stacksize ? CA(attr)->stacksize :
		(size_t)UK_OPT(UKSCHED_STACK_KB) * 1024;
	return 0;
}
