/* System limits (glibc's _SC_ numbers): ukposix's answers. */
#include <errno.h>
#include <unistd.h>
#include <uk/posix.h>
#include <uk/vfs.h>

/* ukposix's values; clock ticks are times()'s unit, 100 a second here. */
long sysconf(int name)
{
	long v;

	if (name == _SC_CLK_TCK)
		return 100;
	if (ukposix_sysconf(name, &v) < 0) {
		errno = EINVAL;
		return -1;
	}
	return v;
}

long fpathconf(int fd, int name)
{
	long v;

	(void)fd;
	if (ukposix_pathconf(name, &v) < 0) {
		errno = EINVAL;
		return -1;
	}
	return v;
}

long pathconf(const char *path, int name)
{
	(void)path;
	return fpathconf(-1, name);
}

int getpagesize(void)
{
	return 4096;
}

int get_nprocs(void)
{
	return 1;
}

int get_nprocs_conf(void)
{
	return 1;
}

int getdtablesize(void)
{
	return VFSCORE_NR_FDS;
}
