#include "stdio_impl.h"
#include <errno.h>
#include <fcntl.h>

int _nolibc_fmode(const char *mode)
{
	int f;

	switch (*mode++) {
	case 'r': f = O_RDONLY; break;
	case 'w': f = O_WRONLY | O_CREAT | O_TRUNC; break;
	case 'a': f = O_WRONLY | O_CREAT | O_APPEND; break;
	default: goto bad;
	}
	/* As glibc: other letters ('b', 't', 'm', 'c'...) are ignored, and
	 * ",ccs=..." ends the mode. */
	for (; *mode && *mode != ','; mode++) {
		if (*mode == '+')
			f = (f & ~O_ACCMODE) | O_RDWR;
		else if (*mode == 'x')
			f |= O_EXCL;
		else if (*mode == 'e')
			f |= O_CLOEXEC;
	}
	return f;
bad:
	errno = EINVAL;
	return -1;
}
