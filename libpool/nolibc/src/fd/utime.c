/* File times, in the four shapes POSIX and BSD give them. */
#include "fd.h"
#include <fcntl.h>
#include <sys/time.h>
#include <utime.h>

/* @t (two timespecs, or NULL: now) as vfscore's ns; NULL if invalid. */
static const int64_t *ns_of(const struct timespec *t, int64_t ns[2])
{
	static const int64_t now[2] = { VFSCORE_UTIME_NOW, VFSCORE_UTIME_NOW };

	if (!t)
		return now;
	if (_nolibc_ns(&t[0], &ns[0]) || _nolibc_ns(&t[1], &ns[1]))
		return NULL;
	return ns;
}

int utimensat(int dirfd, const char *path, const struct timespec t[2],
	      int flags)
{
	int64_t ns[2];
	const int64_t *p = ns_of(t, ns);

	if (!p)
		return _nolibc_fdret(-EINVAL);
	return _nolibc_fdret(vfscore_utimensat(dirfd, path, p, flags));
}

int futimens(int fd, const struct timespec t[2])
{
	int64_t ns[2];
	const int64_t *p = ns_of(t, ns);

	if (!p)
		return _nolibc_fdret(-EINVAL);
	return _nolibc_fdret(vfscore_futimens(fd, p));
}

/* @tv in microseconds as two timespecs; NULL stays NULL. */
static const struct timespec *ts_of(const struct timeval *tv,
				    struct timespec ts[2])
{
	int i;

	if (!tv)
		return NULL;
	for (i = 0; i < 2; i++) {
		if (tv[i].tv_usec < 0 || tv[i].tv_usec > 999999)
			return &ts[2];	/* tv_nsec -1 marks it invalid */
		ts[i] = (struct timespec){ tv[i].tv_sec, tv[i].tv_usec * 1000 };
	}
	return ts;
}

static int utimes_at(const char *path, const struct timeval tv[2], int fl)
{
	struct timespec ts[3] = { [2] = { 0, -1 } };
	const struct timespec *p = ts_of(tv, ts);

	if (p == &ts[2])
		return _nolibc_fdret(-EINVAL);
	return utimensat(AT_FDCWD, path, p, fl);
}

int utimes(const char *path, const struct timeval tv[2])
{
	return utimes_at(path, tv, 0);
}

int lutimes(const char *path, const struct timeval tv[2])
{
	return utimes_at(path, tv, AT_SYMLINK_NOFOLLOW);
}

int futimes(int fd, const struct timeval tv[2])
{
	struct timespec ts[3] = { [2] = { 0, -1 } };
	const struct timespec *p = ts_of(tv, ts);

	if (p == &ts[2])
		return _nolibc_fdret(-EINVAL);
	return futimens(fd, p);
}

int utime(const char *path, const struct utimbuf *t)
{
	struct timespec ts[2];

	if (!t)
		return utimensat(AT_FDCWD, path, NULL, 0);
	ts[0] = (struct timespec){ t->actime, 0 };
	ts[1] = (struct timespec){ t->modtime, 0 };
	return utimensat(AT_FDCWD, path, ts, 0);
}
