/* The C library's allocator, one thread at a time. */
#include <stdlib.h>
#include <uk/waitq.h>
#include "internal.h"

void *_pthread_calloc(size_t size)
{
	void *p;

	uk_preempt_disable();
	p = calloc(1, size);
	uk_preempt_enable();
	return p;
}

void _pthread_free(void *p)
{
	uk_preempt_disable();
	free(p);
	uk_preempt_enable();
}
