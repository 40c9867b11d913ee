/* fcntl over vfscore (Linux's commands: newlib's F_* values are, 0004);
 * record locks always succeed, there being no other process (vfscore
 * reports F_UNLCK for F_GETLK in the Linux struct flock, newlib's). */
#include <fcntl.h>
#include <stdarg.h>
#include "fd.h"

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	long arg;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);
	return glue_ret(vfscore_fcntl(fd, cmd, arg));
}
