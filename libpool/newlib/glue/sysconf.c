/* System and path limits: ukposix's answers, asked with glibc's _SC_ and
 * _PC_ numbers (newlib's, patches/0012). _SC_CLK_TCK is newlib's own:
 * its times() ticks in microseconds (time.c). */
#include <unistd.h>
#include <uk/posix.h>
#include "fd.h"

int get_nprocs(void);
int get_nprocs_conf(void);

long sysconf(int name)
{
	long v;
	int r;

	if (name == _SC_CLK_TCK)
		return 1000000;
	r = ukposix_sysconf(name, &v);
	return r < 0 ? glue_ret(r) : v;
}

long fpathconf(int fd, int name)
{
	long v;
	int r = ukposix_pathconf(name, &v);

	(void)fd;
	return r < 0 ? glue_ret(r) : v;
}

long pathconf(const char *path, int name)
{
	(void)path;
	return fpathconf(-1, name);
}

int getpagesize(void)
{
	return (int)sysconf(_SC_PAGESIZE);
}

int get_nprocs(void)
{
	return (int)sysconf(_SC_NPROCESSORS_ONLN);
}

int get_nprocs_conf(void)
{
	return (int)sysconf(_SC_NPROCESSORS_CONF);
}
