/* nolibc's fd calls over vfscore (private; docs/vfs.md, "The libc seam").
 *
 * Calls that make an fd or take a path (open, pipe, dup, stat, ...) call
 * vfscore: using one links vfscore (and ramfs). Calls on an existing fd
 * (write, read, close, lseek, fstat, isatty) call vfscore_write & co.,
 * of which each of those members carries a weak definition that knows
 * only the console (fds 0, 1 and 2). vfscore's strong definitions win
 * whenever vfscore is linked; when it is not, LTO inlines the weak ones,
 * so that printf alone costs not a byte more. */
#ifndef _NOLIBC_FD_H
#define _NOLIBC_FD_H

#include <errno.h>
#include <sys/stat.h>
#include <uk/vfs.h>
#include <uk/vfs_console.h>

/* The console-only default of a vfscore fd call. */
#define _NOLIBC_WEAK __attribute__((weak))

/* vfscore's result as POSIX wants it: -errno becomes errno and -1. */
static inline long _nolibc_fdret(long r)
{
	if (r < 0) {
		errno = -r;
		return -1;
	}
	return r;
}

/* A time in ns as a struct timespec. */
static inline struct timespec _nolibc_ts(int64_t ns)
{
	return (struct timespec){ ns / 1000000000, ns % 1000000000 };
}

static inline void _nolibc_stat(struct stat *st, const struct vfscore_stat *v)
{
	*st = (struct stat){ .st_ino = v->ino, .st_mode = v->mode,
			     .st_nlink = v->nlink, .st_size = v->size,
			     .st_uid = v->uid, .st_gid = v->gid,
			     .st_blksize = v->blksize,
			     .st_blocks = (v->size + 511) / 512,
			     .st_atim = _nolibc_ts(v->atime),
			     .st_mtim = _nolibc_ts(v->mtime),
			     .st_ctim = _nolibc_ts(v->ctime) };
}

/* A struct timespec as ns for vfscore (UTIME_NOW/OMIT passed as such),
 * or -1 (tv_nsec out of range). */
static inline int _nolibc_ns(const struct timespec *t, int64_t *ns)
{
	if (t->tv_nsec == UTIME_NOW || t->tv_nsec == UTIME_OMIT) {
		*ns = t->tv_nsec;
		return 0;
	}
	if (t->tv_nsec < 0 || t->tv_nsec > 999999999)
		return -1;
	*ns = t->tv_sec * 1000000000 + t->tv_nsec;
	return 0;
}

#endif
