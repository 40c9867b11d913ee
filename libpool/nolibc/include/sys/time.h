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

/* Access and modification times in microseconds (@tv NULL: now);
 * lutimes does not follow a last link. */
int utimes(const char *path, const struct timeval tv[2]);
int lutimes(const char *path, const struct timeval tv[2]);
int futimes(int fd, const struct timeval tv[2]);

#ifdef __cplusplus
}
#endif

#endif
