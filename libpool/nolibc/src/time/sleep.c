#include <time.h>
#include <unistd.h>

unsigned int sleep(unsigned int seconds)
{
	struct timespec ts = { seconds, 0 }, rem = { seconds, 0 };

	/* interrupted by a signal: the seconds left, rounded up */
	return nanosleep(&ts, &rem) ? rem.tv_sec + (rem.tv_nsec > 0) : 0;
}
