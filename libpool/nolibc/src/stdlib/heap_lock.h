/* The allocator under pre-emption: ukalloc's allocators keep their state
 * unlocked, so when uksched is linked the malloc family raises its
 * pre-emption counter (uk/waitq.h) around each call, and a tick cannot
 * switch to another thread in the middle of one. Weak references: an
 * image without threads links no uksched and pays one test per call. */
#ifndef _NOLIBC_HEAP_LOCK_H
#define _NOLIBC_HEAP_LOCK_H

extern volatile unsigned int uk_sched_preempt_count __attribute__((weak));
void uk_preempt_enable(void) __attribute__((weak));

static inline void heap_lock(void)
{
	if (&uk_sched_preempt_count) {
		uk_sched_preempt_count++;
		__atomic_signal_fence(__ATOMIC_SEQ_CST);
	}
}

/* Lowering the counter through uksched lets a tick that came meanwhile
 * switch now. */
static inline void heap_unlock(void)
{
	if (uk_preempt_enable)
		uk_preempt_enable();
}

#endif
