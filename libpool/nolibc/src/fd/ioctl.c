#include "fd.h"
#include <stdarg.h>
#include <sys/ioctl.h>
#include <uk/vfs_io.h>

int ioctl(int fd, unsigned long req, ...)
{
	va_list ap;
	void *arg;

	va_start(ap, req);
	arg = va_arg(ap, void *);
	va_end(ap);
	return _nolibc_fdret(vfscore_ioctl(fd, req, arg));
}
