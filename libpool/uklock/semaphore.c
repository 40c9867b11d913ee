/* Counting semaphores (uk/semaphore.h). */
#include <errno.h>
#include <uk/semaphore.h>

void uk_semaphore_init(struct uk_semaphore *s, long count)
{
	s->count = count;
	uk_waitq_init(&s->wq);
}

int uk_semaphore_down_until(struct uk_semaphore *s,
			    unsigned long long deadline)
{
	int r = 0;

	uk_preempt_disable();
	while (s->count <= 0 && r == 0)
		r = uk_waitq_wait(&s->wq, deadline);
	if (s->count > 0) {
		s->count--;
		r = 0;
	}
	uk_preempt_enable();
	return r;
}

void uk_semaphore_down(struct uk_semaphore *s)
{
	uk_semaphore_down_until(s, 0);
}

int uk_semaphore_down_try(struct uk_semaphore *s)
{
	int r = -EAGAIN;

	uk_preempt_disable();
	if (s->count > 0) {
		s->count--;
		r = 0;
	}
	uk_preempt_enable();
	return r;
}

void uk_semaphore_up(struct uk_semaphore *s)
{
	uk_preempt_disable();
	s->count++;
	uk_waitq_wake_one(&s->wq);
	uk_preempt_enable();
}
