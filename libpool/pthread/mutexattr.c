/* Mutex attributes, in the int of a pthread_mutexattr_t. */
#include <errno.h>
#include "internal.h"

int pthread_mutexattr_init(pthread_mutexattr_t *attr)
{
	attr->__align = PTHREAD_MUTEX_DEFAULT;
	return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type)
{
	if (type != PTHREAD_MUTEX_NORMAL && type != PTHREAD_MUTEX_RECURSIVE &&
	    type != PTHREAD_MUTEX_ERRORCHECK)
		return EINVAL;
	attr->__align = (attr->__align & ~0xff) | type;
	return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *attr, int *type)
{
	*type = _PTHREAD_MATTR_TYPE(attr->__align);
	return 0;
}

/* One process: a process-shared mutex is shared by every thread there is. */
int pthread_mutexattr_setpshared(pthread_mutexattr_t *attr, int pshared)
{
	if (pshared == PTHREAD_PROCESS_PRIVATE)
		attr->__align &= ~_PTHREAD_MATTR_PSHARED;
	else if (pshared == PTHREAD_PROCESS_SHARED)
		attr->__align |= _PTHREAD_MATTR_PSHARED;
	else
		return EINVAL;
	return 0;
}

int pthread_mutexattr_getpshared(const pthread_mutexattr_t *attr,
				 int *pshared)
{
	*pshared = attr->__align & _PTHREAD_MATTR_PSHARED ?
		   PTHREAD_PROCESS_SHARED : PTHREAD_PROCESS_PRIVATE;
	return 0;
}
