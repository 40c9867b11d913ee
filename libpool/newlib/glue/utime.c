/* File times: vfscore keeps them in nanoseconds; UTIME_NOW and UTIME_OMIT
 * (Linux's values, patches/0015) pass through as such. */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <utime.h>
#include "fd.h"

_Static_assert(UTIME_NOW == VFSCORE_UTIME_NOW &&
	       UTIME_OMIT == VFSCORE_UTIME_OMIT, "Linux's UTIME_ values");

int utimes(const char *path, const struct timeval tv[2]);
int futimes(int fd, const struct timeval tv[2]);
int lutimes(const char *path, const struct timeval tv[2]);

/* Two timespecs (NULL: now) as vfscore's ns: 0, or -EINVAL. */
static int to_ns(const struct timespec *t, int64_t ns[2])
{
	for (int i = 0; i < 2; i++) {
		long n = t ? t[i].tv_nsec : UTIME_NOW;

		if (n == UTIME_NOW || n == UTIME_OMIT)
			ns[i] = n;
		else if (n < 0 || n > 999999999)
			return -EINVAL;
		else
			ns[i] = t[i].tv_sec * 1000000000LL + n;
	}
	return 0;
}

int utimensat(int dirfd, const char *path, const struct timespec t[2],
	      int flags)
{
	int64_t ns[2];
	int r = to_ns(t, ns);

	return glue_ret(r ? r : vfscore_utimensat(dirfd, path, ns, flags));
}

int futimens(int fd, const struct timespec t[2])
{
	int64_t ns[2];
	int r = to_ns(t, ns);

	return glue_ret(r ? r : vfscore_futimens(fd, ns));
}

/* timevals (NULL: now) as timespecs. */
static const struct timespec *from_tv(const struct timeval *tv,
				      struct timespec ts[2])
{
	if (!tv)
		return NULL;
	for (int i = 0; i < 2; i++)
		ts[i] = (struct timespec){ tv[i].tv_sec, tv[i].tv_usec * 1000 };
	return ts;
}

int utimes(const char *path, const struct timeval tv[2])
{
	struct timespec ts[2];

	return utimensat(AT_FDCWD, path, from_tv(tv, ts), 0);
}

int lutimes(const char *path, const struct timeval tv[2])
{
	struct timespec ts[2];

	return utimensat(AT_FDCWD, path, from_tv(tv, ts), AT_SYMLINK_NOFOLLOW);
}

int futimes(int fd, const struct timeval tv[2])
{
	struct timespec ts[2];

	return futimens(fd, from_tv(tv, ts));
}

int utime(const char *path, const struct utimbuf *t)
{
	struct timespec ts[2];

	if (t) {
		ts[0] = (struct timespec){ t->actime, 0 };
		ts[1] = (struct timespec){ t->modtime, 0 };
	}
	return utimensat(AT_FDCWD, path, t ? ts : NULL, 0);
}
