/* Process scheduling (POSIX <sched.h>): only the yield; the threads are
 * uksched's (docs/pthread.md). */
#ifndef _SCHED_H
#define _SCHED_H

#ifdef __cplusplus
extern "C" {
#endif

/* Lets the other ready threads run first (uk_thread_yield). Returns 0. */
int sched_yield(void);

#ifdef __cplusplus
}
#endif

#endif /* _SCHED_H */
