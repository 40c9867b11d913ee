/* gettimeofday (POSIX), with glibc's x86_64 layouts. */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

/* Obsolete; filled with zeros (the time zone is UTC). */
struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

/* The wall clock in *tv; *tz, if given, gets zeros. Returns 0, or -1 with
 * errno ENOSYS when the platform has no wall clock. */
int gettimeofday(struct timeval *tv, void *tz);

/* Interval timers: ITIMER_REAL (SIGALRM), ITIMER_VIRTUAL (SIGVTALRM)
 * and ITIMER_PROF (SIGPROF) all count real time: the unikernel is all
 * its CPU runs. */
#define ITIMER_REAL	0
#define ITIMER_VIRTUAL	1
#define ITIMER_PROF	2

struct itimerval {
	struct timeval it_interval;	/* reload; 0: once */
	struct timeval it_value;	/* until the next expiry; 0: off */
};

int setitimer(int which, const struct itimerval *nv, struct itimerval *ov);
int getitimer(int which, struct itimerval *cur);

/* Access and modification times in microseconds (@tv NULL: now);
 * lutimes does not follow a last link. */
int utimes(const char *path, const struct timeval tv[2]);
int lutimes(const char *path, const struct timeval tv[2]);
int futimes(int fd, const struct timeval tv[2]);

#ifdef __cplusplus
}
#endif

#endif
