#include "compat.h"

/* fcntl's third argument, when there is one, is an int or a pointer:
 * passed on as a long, as the kernel's fcntl takes it. */
int fcntl64(int fd, int cmd, ...)
{
	va_list ap;
	long arg;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);
	return _glibccompat_fcntl(fd, cmd, arg);
}
