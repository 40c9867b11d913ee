/* Waiting for readiness, shared by poll, select and epoll: a count of
 * notifications and one wait queue of pollers.
 *
 * A kind of file whose readiness changes calls vfscore_file_notify();
 * a poller samples the count, scans its files, and sleeps only if the
 * count has not moved since the sample, so no notification between the
 * scan and the sleep is lost. uksched is reached through weak references:
 * an image without threads (a program polling its console) does not link
 * it, and then waits by halting the CPU until the next check. */
#include "vfs_impl.h"
#include "wait.h"
#include <uk/plat/time.h>
#include <uk/waitq.h>

#pragma weak uk_waitq_wait
#pragma weak uk_waitq_wake_all
#pragma weak uk_preempt_enable
#pragma weak uk_sched_preempt_count

/* How long a poller sleeps between looks at `polled` files (the console),
 * whose kinds cannot notify. */
#define POLLED_NS	5000000ULL

static volatile unsigned long seq;
static struct uk_waitq pollers = UK_WAITQ_INIT;

static int have_threads(void)
{
	return &uk_sched_preempt_count && uk_waitq_wait;
}

void vfscore_file_notify(struct vfscore_file *f)
{
	if (f)
		f->events++;
	seq++;
	if (have_threads() && !uk_waitq_empty(&pollers)) {
		uk_preempt_disable();
		uk_waitq_wake_all(&pollers);
		uk_preempt_enable();
	}
}

unsigned long _vfscore_wait_begin(void)
{
	return seq;
}

unsigned long long _vfscore_wait_deadline(int timeout_ms)
{
	if (timeout_ms < 0 || !ukplat_monotonic_clock)
		return 0;
	return ukplat_monotonic_clock() + (unsigned long long)timeout_ms
		* 1000000ULL;
}

int _vfscore_wait(unsigned long since, unsigned long long deadline,
		  int polled)
{
	unsigned long long now, until;

	if (ukplat_monotonic_clock) {
		now = ukplat_monotonic_clock();
		if (deadline && now >= deadline)
			return -ETIMEDOUT;
		until = deadline;
		if (polled && (!until || until > now + POLLED_NS))
			until = now + POLLED_NS;
	} else {
		until = 0;	/* no clock: look again at once */
		polled = 1;
	}
	if (have_threads()) {
		uk_preempt_disable();
		if (seq == since && (until || !polled))
			uk_waitq_wait(&pollers, until);
		uk_preempt_enable();
		return 0;
	}
	if (seq == since && until && ukplat_halt_to)
		ukplat_halt_to(until);
	return 0;
}
