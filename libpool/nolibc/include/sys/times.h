/* Process times (POSIX), glibc's layout, in sysconf(_SC_CLK_TCK) = 100
 * ticks a second. */
#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct tms {
	clock_t tms_utime;	/* all the unikernel's time */
	clock_t tms_stime;	/* 0 */
	clock_t tms_cutime;	/* 0: no children */
	clock_t tms_cstime;
};

clock_t times(struct tms *t);

#ifdef __cplusplus
}
#endif

#endif
