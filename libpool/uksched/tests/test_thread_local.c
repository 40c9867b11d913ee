/* Thread-local variables (__thread, _Thread_local): main and 3 threads
 * each see their own copies, starting from the initial values (.tdata) and
 * zeros (.tbss), across switches; the blocks lie just below each thread's
 * thread pointer (x86_64; just above it on arm64: uk/arch/ctx.h), and
 * every thread keeps the boot stack-protector canary.
 * An over-aligned variable keeps its alignment in every copy. */
#include <stdio.h>
#include <string.h>
#include <uk/arch/ctx.h>
#include <uk/sched.h>
#include <uk/test.h>

#define N 3

struct rec {
	int id;
	char name[8];
	long sum;
};

__thread int ti = 42;
__thread int tz;
__thread long tarr[16] = { 1, 2, 3 };
_Thread_local char tbig[300];
__thread struct rec ts = { 7, "init", -5 };
__thread struct rec tsz;
static __thread int counter = 100;
__thread double tal __attribute__((aligned(128))) = 1.5;

static unsigned long canary;

static unsigned long fs_word(int i)
{
	return ((volatile unsigned long *)ukarch_tlsp_get())[i];
}

static void check_initial(void)
{
	int i, zero = 1;

	CHECK(ti == 42);
	CHECK(tz == 0);
	CHECK(tarr[0] == 1 && tarr[1] == 2 && tarr[2] == 3);
	for (i = 3; i < 16; i++)
		zero &= tarr[i] == 0;
	for (i = 0; i < 300; i++)
		zero &= tbig[i] == 0;
	CHECK(zero);
	CHECK(ts.id == 7 && !strcmp(ts.name, "init") && ts.sum == -5);
	CHECK(tsz.id == 0 && tsz.name[0] == 0 && tsz.sum == 0);
	CHECK(counter == 100);
	CHECK(tal == 1.5);
	CHECK(((unsigned long)&tal & 127) == 0);
#if UKARCH_TLS_VARIANT == 2
	/* variant II: the block ends at the thread pointer */
	CHECK((unsigned long)&ti < fs_word(0));
	CHECK((unsigned long)&ti + 4096 > fs_word(0));
	CHECK((unsigned long)&tbig[299] < fs_word(0));
#else
	/* variant I: the block starts after the TCB */
	CHECK((unsigned long)&ti > fs_word(0));
	CHECK((unsigned long)&ti < fs_word(0) + 4096);
	CHECK((unsigned long)&tbig[0] > fs_word(0));
#endif
	CHECK(ukarch_stack_canary() == canary);
}

static void fill(long me)
{
	ti = (int)me;
	tz = (int)(10 * me);
	tarr[15] = me;
	memset(tbig, (int)me, sizeof(tbig));
	ts.id = (int)me;
	snprintf(ts.name, sizeof(ts.name), "t%ld", me);
	tsz.sum = me * 1000;
	counter += (int)me;
	tal = (double)me;
}

static int same(long me)
{
	char n[8];
	int i, ok = 1;

	snprintf(n, sizeof(n), "t%ld", me);
	for (i = 0; i < 300; i++)
		ok &= tbig[i] == (char)me;
	return ok && ti == me && tz == 10 * me && tarr[15] == me &&
	       tarr[0] == 1 && ts.id == me && !strcmp(ts.name, n) &&
	       ts.sum == -5 && tsz.sum == me * 1000 &&
	       counter == 100 + me && tal == (double)me;
}

static int *addr[N + 1];

static void *worker(void *arg)
{
	long me = (long)arg;
	int i;

	check_initial();
	addr[me] = &ti;
	fill(me);
	for (i = 0; i < 20; i++) {
		uk_thread_yield();
		CHECK(same(me));
	}
	return 0;
}

int main(void)
{
	struct uk_thread *t[N];
	long i, j;

	canary = ukarch_stack_canary();
	check_initial();
	addr[0] = &ti;
	fill(N + 7);
	for (i = 1; i <= N; i++)
		CHECK(uk_thread_create(&t[i - 1], 0, worker, (void *)i) == 0);
	for (i = 0; i < 5; i++) {
		uk_thread_yield();
		CHECK(same(N + 7));
	}
	for (i = 0; i < N; i++)
		CHECK(uk_thread_join(t[i], 0) == 0);
	CHECK(same(N + 7));
	for (i = 0; i <= N; i++)
		for (j = 0; j < i; j++)
			CHECK(addr[i] != addr[j]);
	printf("ti at %p %p %p %p\n", (void *)addr[0], (void *)addr[1],
	       (void *)addr[2], (void *)addr[3]);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}
