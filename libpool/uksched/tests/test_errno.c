/* errno is per thread: three threads and main each set errno to their
 * own value, yield to the others (which set theirs), and must find their
 * own value again, over several rounds; a new thread starts with 0.
 * Both libcs: uksched swaps whichever errno the libc has (docs/threads.md). */
#include <errno.h>
#include <stdio.h>
#include <uk/sched.h>
#include <uk/test.h>

static void rounds(int id)
{
	int i;

	for (i = 0; i < 5; i++) {
		errno = id * 100 + i;
		uk_thread_yield();
		CHECK(errno == id * 100 + i);
	}
}

static void *worker(void *arg)
{
	CHECK(errno == 0);
	rounds((int)(long)arg);
	return 0;
}

int main(void)
{
	struct uk_thread *t[3];
	int i;

	errno = 7;
	for (i = 0; i < 3; i++)
		CHECK(uk_thread_create(&t[i], 0, worker, (void *)(long)(i + 1)) == 0);
	CHECK(errno == 7);
	rounds(4);
	for (i = 0; i < 3; i++)
		CHECK(uk_thread_join(t[i], 0) == 0);
	printf(fails ? "FAILURE\n" : "SUCCESS\n");
	return fails != 0;
}
