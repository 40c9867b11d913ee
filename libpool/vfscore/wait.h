/* Waiting for readiness (wait.c), for poll, select and epoll (private). */
#ifndef _VFSCORE_WAIT_H
#define _VFSCORE_WAIT_H

#include <uk/vfs_io.h>

/* Samples the notification count before a scan. */
unsigned long _vfscore_wait_begin(void);
/* The deadline of a timeout (0: none, for < 0). */
unsigned long long _vfscore_wait_deadline(int timeout_ms);
/* Sleeps until a notification after @since, @deadline (0: none), or, when
 * @polled (a scanned file cannot notify), a few milliseconds. Returns 0
 * (look again) or -ETIMEDOUT (the deadline has passed). */
int _vfscore_wait(unsigned long since, unsigned long long deadline,
		  int polled);

/* The VFSCORE_POLL* bits that hold for @f now (POLLIN|POLLOUT for kinds
 * without a poll op). */
static inline unsigned int _vfscore_ready(struct vfscore_file *f)
{
	return f->ops->poll ? f->ops->poll(f)
			    : VFSCORE_POLLIN | VFSCORE_POLLOUT |
			      VFSCORE_POLLRDNORM | VFSCORE_POLLWRNORM;
}

#endif
