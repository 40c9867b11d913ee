/* Thread-local variables in a plain pthreads program: each thread counts
 * in its own copies (an initialised one, a zeroed one, an array), main's
 * stay untouched; prints the same lines natively and as a unikernel, whatever the
 * scheduling order. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

#define N 3

static char line[N + 1][64];
static __thread int calls = 5;
__thread long total;
__thread char tag[16] = "main";

static void count(long by)
{
	calls++;
	total += by;
}

static void *worker(void *arg)
{
	long me = (long)arg;
	int i;

	snprintf(tag, sizeof(tag), "thread%ld", me);
	for (i = 0; i < 1000; i++) {
		count(me);
		if (i % 100 == 0)
			sched_yield();
	}
	snprintf(line[me], sizeof(line[me]), "%s: calls %d total %ld", tag,
		 calls, total);
	return (void *)(total + calls);
}

int main(void)
{
	pthread_t t[N];
	void *r;
	long i, sum = 0;

	count(1);
	for (i = 0; i < N; i++)
		pthread_create(&t[i], 0, worker, (void *)(i + 1));
	for (i = 0; i < N; i++) {
		pthread_join(t[i], &r);
		sum += (long)r;
		printf("%s\n", line[i + 1]);
	}
	printf("%s: calls %d total %ld joined %ld\n", tag, calls, total, sum);
	return 0;
}
