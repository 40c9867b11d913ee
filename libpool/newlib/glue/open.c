#include <fcntl.h>
#include <stdarg.h>
#include "fd.h"

/* newlib's O_* values are Linux's, which vfscore takes
 * (patches/0004-fcntl-linux-values.patch). */
_Static_assert(O_CREAT == VFSCORE_O_CREAT && O_EXCL == VFSCORE_O_EXCL &&
	       O_TRUNC == VFSCORE_O_TRUNC && O_APPEND == VFSCORE_O_APPEND &&
	       O_DIRECTORY == VFSCORE_O_DIRECTORY, "newlib's O_* are Linux's");

int open(const char *path, int flags, ...)
{
	unsigned int mode = 0;
	va_list ap;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, unsigned int);
		va_end(ap);
	}
	return glue_ret(vfscore_open(path, flags, mode));
}
