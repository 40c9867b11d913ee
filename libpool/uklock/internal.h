/* uklock's helpers shared between its files. */
#ifndef _UKLOCK_INTERNAL_H
#define _UKLOCK_INTERNAL_H

#include <uk/mutex.h>

/* Releases @m held by the caller; pre-emption disabled. */
void _uklock_mutex_release(struct uk_mutex *m);
/* Takes @m for the caller, waiting as needed; pre-emption disabled. */
void _uklock_mutex_acquire(struct uk_mutex *m);

#endif
