/* Thread pointers: every thread has its own thread pointer (its TCB,
 * pointing to itself, UKSCHED_THREAD_TCB's default), the stack-protector
 * canary is the boot one, and per-thread values (a spare word of the
 * thread's own TCB, read through the thread pointer, and uk_thread_uptr)
 * stay each thread's own across switches. The TCB's layout is the
 * architecture's (uk/arch/ctx.h: x86_64 %fs, arm64 TPIDR_EL0). */
#include <stdio.h>
#include <uk/arch/ctx.h>
#include <uk/sched.h>
#include <uk/test.h>

#define N 4

static unsigned long fs[N], canary;

static void fs_word_set(int i, unsigned long v)
{
	((volatile unsigned long *)ukarch_tlsp_get())[i] = v;
}

static unsigned long fs_word(int i)
{
	return ((volatile unsigned long *)ukarch_tlsp_get())[i];
}

static void *worker(void *arg)
{
	long me = (long)arg;
	int i;

	fs[me] = fs_word(0);
	CHECK(fs[me] == uk_thread_tlsp(uk_thread_current()));
	CHECK(ukarch_stack_canary() == canary);
	CHECK(uk_thread_uptr_get() == 0);
	uk_thread_uptr_set((void *)(1000 + me));
	fs_word_set(UKARCH_TCB_SPARE, 2000 + me);
	for (i = 0; i < 50; i++) {
		uk_thread_yield();
		CHECK(uk_thread_uptr_get() == (void *)(1000 + me));
		CHECK(fs_word(0) == fs[me]);
		CHECK(fs_word(UKARCH_TCB_SPARE) == 2000UL + me);
	}
	return 0;
}

int main(void)
{
	struct uk_thread *t[N];
	long i, j;

	canary = ukarch_stack_canary();
	uk_thread_uptr_set((void *)7L);
	for (i = 0; i < N; i++)
		CHECK(uk_thread_create(&t[i], 0, worker, (void *)i) == 0);
	for (i = 0; i < N; i++)
		CHECK(uk_thread_join(t[i], 0) == 0);
	CHECK(uk_thread_uptr_get() == (void *)7L);
	for (i = 0; i < N; i++)
		for (j = 0; j < i; j++)
			CHECK(fs[i] != fs[j] && fs[i] != fs_word(0));
	printf("thread pointers %lx %lx %lx %lx\n", fs[0], fs[1], fs[2],
	       fs[3]);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}
