/* sysconf and pathconf values: what this unikernel has. Memory is the
 * platform's free memory regions and the allocator's free bytes. glibc's
 * numbers, spelled out here (no libc header has them for everyone). */
#include <uk/posix.h>
#include <uk/alloc.h>
#include <uk/plat/memory.h>
#include <uk/vfs.h>
#include <errno.h>

#define PAGE 4096

enum {
	SC_ARG_MAX = 0, SC_CHILD_MAX = 1, SC_NGROUPS_MAX = 3, SC_OPEN_MAX = 4,
	SC_STREAM_MAX = 5, SC_TZNAME_MAX = 6, SC_JOB_CONTROL = 7,
	SC_SAVED_IDS = 8, SC_TIMERS = 11, SC_VERSION = 29, SC_PAGESIZE = 30,
	SC_SIGQUEUE_MAX = 34, SC_LINE_MAX = 43, SC_RE_DUP_MAX = 44,
	SC_IOV_MAX = 60, SC_THREADS = 67, SC_THREAD_SAFE_FUNCTIONS = 68,
	SC_GETGR_R_SIZE_MAX = 69, SC_GETPW_R_SIZE_MAX = 70,
	SC_LOGIN_NAME_MAX = 71, SC_TTY_NAME_MAX = 72,
	SC_NPROCESSORS_CONF = 83, SC_NPROCESSORS_ONLN = 84,
	SC_PHYS_PAGES = 85, SC_AVPHYS_PAGES = 86, SC_ATEXIT_MAX = 87,
	SC_NZERO = 109, SC_MONOTONIC_CLOCK = 149, SC_SYMLOOP_MAX = 173,
	SC_HOST_NAME_MAX = 180, SC_LEVEL1_DCACHE_LINESIZE = 190,
	SC_MINSIGSTKSZ = 249, SC_SIGSTKSZ = 250,
	PC_LINK_MAX = 0, PC_NAME_MAX = 3, PC_PATH_MAX = 4, PC_PIPE_BUF = 5,
};

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

static long avail_pages(void)
{
	struct uk_alloc *a = uk_alloc_get_default();

	return a ? uk_alloc_availmem(a) / PAGE : 0;
}

int ukposix_sysconf(int name, long *v)
{
	switch (name) {
	case SC_ARG_MAX: *v = 131072; break;
	case SC_CHILD_MAX: case SC_NGROUPS_MAX: *v = 1; break;
	case SC_OPEN_MAX: *v = VFSCORE_NR_FDS; break;
	case SC_STREAM_MAX: *v = 64; break;
	case SC_TZNAME_MAX: *v = 6; break;
	case SC_VERSION: case SC_MONOTONIC_CLOCK: case SC_TIMERS:
	case SC_THREADS: case SC_THREAD_SAFE_FUNCTIONS: *v = 200809; break;
	case SC_PAGESIZE: *v = PAGE; break;
	case SC_NPROCESSORS_CONF: case SC_NPROCESSORS_ONLN: *v = 1; break;
	case SC_PHYS_PAGES: *v = phys_pages(); break;
	case SC_AVPHYS_PAGES: *v = avail_pages(); break;
	case SC_LINE_MAX: *v = 2048; break;
	case SC_GETGR_R_SIZE_MAX: case SC_GETPW_R_SIZE_MAX: *v = 1024; break;
	case SC_LOGIN_NAME_MAX: *v = 256; break;
	case SC_TTY_NAME_MAX: *v = 32; break;
	case SC_HOST_NAME_MAX: *v = 64; break;
	case SC_SYMLOOP_MAX: *v = 40; break;
	case SC_IOV_MAX: *v = 1024; break;
	case SC_RE_DUP_MAX: *v = 255; break;
	case SC_ATEXIT_MAX: *v = 32; break;
	case SC_NZERO: *v = 20; break;
	case SC_SIGQUEUE_MAX: *v = 0; break;
	case SC_MINSIGSTKSZ: case SC_SIGSTKSZ: *v = 16384; break;
	case SC_LEVEL1_DCACHE_LINESIZE: *v = 64; break;
	case SC_JOB_CONTROL: case SC_SAVED_IDS: *v = -1; break;
	default: return -EINVAL;
	}
	return 0;
}

int ukposix_pathconf(int name, long *v)
{
	switch (name) {
	case PC_LINK_MAX: *v = 65000; break;
	case PC_NAME_MAX: *v = 255; break;
	case PC_PATH_MAX: *v = 4096; break;
	case PC_PIPE_BUF: *v = 4096; break;
	default: return -EINVAL;
	}
	return 0;
}
