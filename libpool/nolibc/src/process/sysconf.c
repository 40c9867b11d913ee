/* System limits (glibc's _SC_ numbers): what this unikernel has. Memory
 * is the platform's free memory regions and the allocator's free bytes. */
#include <errno.h>
#include <unistd.h>
#include <uk/alloc.h>
#include <uk/plat/memory.h>

#define PAGE 4096

static long phys_pages(void)
{
	struct ukplat_memregion m;
	unsigned long total = 0;
	int i;

	for (i = 0; i < ukplat_memregion_count(); i++)
		if (ukplat_memregion_get(i, &m) == 0)
			total += m.len;
	return total / PAGE;
}

long sysconf(int name)
{
	struct uk_alloc *a;

	switch (name) {
	case _SC_ARG_MAX: return 131072;
	case _SC_CHILD_MAX: return 1;
	case _SC_CLK_TCK: return 100;
	case _SC_NGROUPS_MAX: return 1;
	case _SC_OPEN_MAX: return 64;		/* VFSCORE_NR_FDS */
	case _SC_STREAM_MAX: return 64;
	case _SC_TZNAME_MAX: return 6;
	case _SC_VERSION: return 200809;
	case _SC_PAGESIZE: return PAGE;
	case _SC_NPROCESSORS_CONF: case _SC_NPROCESSORS_ONLN: return 1;
	case _SC_PHYS_PAGES: return phys_pages();
	case _SC_AVPHYS_PAGES:
		a = uk_alloc_get_default();
		return a ? uk_alloc_availmem(a) / PAGE : 0;
	case _SC_LINE_MAX: return 2048;
	case _SC_GETGR_R_SIZE_MAX: case _SC_GETPW_R_SIZE_MAX: return 1024;
	case _SC_LOGIN_NAME_MAX: return 256;
	case _SC_TTY_NAME_MAX: return 32;
	case _SC_HOST_NAME_MAX: return 64;
	case _SC_SYMLOOP_MAX: return 40;
	case _SC_IOV_MAX: return 1024;
	case _SC_RE_DUP_MAX: return 255;
	case _SC_MONOTONIC_CLOCK: case _SC_TIMERS: return 200809;
	case _SC_THREADS: case _SC_THREAD_SAFE_FUNCTIONS: return 200809;
	case _SC_ATEXIT_MAX: return 32;
	case _SC_NZERO: return 20;
	case _SC_SIGQUEUE_MAX: return 0;
	case _SC_MINSIGSTKSZ: case _SC_SIGSTKSZ: return 16384;
	case _SC_LEVEL1_DCACHE_LINESIZE: return 64;
	case _SC_JOB_CONTROL: case _SC_SAVED_IDS: return -1;
	default:
		errno = EINVAL;
		return -1;
	}
}

int getpagesize(void)
{
	return PAGE;
}

int get_nprocs(void)
{
	return 1;
}

int get_nprocs_conf(void)
{
	return 1;
}

/* Path limits: ramfs's, for every file. */
long fpathconf(int fd, int name)
{
	(void)fd;
	switch (name) {
	case _PC_LINK_MAX: return 65000;
	case _PC_NAME_MAX: return 255;
	case _PC_PATH_MAX: return 4096;
	case _PC_PIPE_BUF: return 4096;
	default:
		errno = EINVAL;
		return -1;
	}
}

long pathconf(const char *path, int name)
{
	(void)path;
	return fpathconf(-1, name);
}
