/*
 * Counting semaphores for threads of uksched. Functions return 0 or a
 * negative errno.
 */
#ifndef __UK_SEMAPHORE_H__
#define __UK_SEMAPHORE_H__

#include <uk/waitq.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_semaphore {
	long count;
	struct uk_waitq wq;
};

#define UK_SEMAPHORE_INIT(n)	{ (n), UK_WAITQ_INIT }

void uk_semaphore_init(struct uk_semaphore *s, long count);

/* Waits until the count is positive, then decrements it. */
void uk_semaphore_down(struct uk_semaphore *s);

/* Decrements the count if positive, else -EAGAIN. */
int uk_semaphore_down_try(struct uk_semaphore *s);

/* uk_semaphore_down() that gives up with -ETIMEDOUT when
 * ukplat_monotonic_clock() reaches @deadline (-ENOTSUP without a clock). */
int uk_semaphore_down_until(struct uk_semaphore *s,
			    unsigned long long deadline);

/* Increments the count and wakes one waiter. Does not switch. */
void uk_semaphore_up(struct uk_semaphore *s);

#ifdef __cplusplus
}
#endif

#endif /* __UK_SEMAPHORE_H__ */
