/* fcntl over vfscore (Linux's commands: newlib's F_* values are, 0004).
 * Record locks always succeed, there being no other process: F_GETLK
 * says the range is unlocked. */
#include <fcntl.h>
#include <stdarg.h>
#include "fd.h"

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	long arg;
	int r;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);
	r = vfscore_fcntl(fd, cmd, arg);
	if (r >= 0 && cmd == F_GETLK)
		((struct flock *)arg)->l_type = F_UNLCK;
	return glue_ret(r);
}
