#include "fd.h"
#include <fcntl.h>
#include <stdarg.h>

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	long arg;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);
	return _nolibc_fdret(vfscore_fcntl(fd, cmd, arg));
}

int posix_fadvise(int fd, off_t off, off_t len, int advice)
{
	(void)off, (void)len, (void)advice;
	return vfscore_fsync(fd) < 0 ? EBADF : 0;
}

/* Grows the file to cover [off, off + len): an errno value or 0. */
int posix_fallocate(int fd, off_t off, off_t len)
{
	struct vfscore_stat st;
	int r;

	if (off < 0 || len <= 0)
		return EINVAL;
	r = vfscore_fstat(fd, &st);
	if (r == 0 && st.size < off + len)
		r = vfscore_ftruncate(fd, off + len);
	return -r;
}
