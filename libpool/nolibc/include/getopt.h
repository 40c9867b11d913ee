/* GNU getopt_long (glibc's struct option and values), and getopt. */
#ifndef _GETOPT_H
#define _GETOPT_H

#include <unistd.h>

#ifdef __cplusplus
extern "C" {
#endif

struct option {
	const char *name;
	int has_arg;		/* no_argument, required_argument, optional */
	int *flag;		/* non-NULL: *flag = val, and 0 is returned */
	int val;
};

#define no_argument		0
#define required_argument	1
#define optional_argument	2

int getopt_long(int argc, char *const argv[], const char *opts,
		const struct option *lo, int *idx);
int getopt_long_only(int argc, char *const argv[], const char *opts,
		     const struct option *lo, int *idx);

#ifdef __cplusplus
}
#endif

#endif
