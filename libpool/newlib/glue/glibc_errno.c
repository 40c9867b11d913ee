/* glibc's errno, *__errno_location(), for objects compiled against
 * glibc's headers: newlib's own (errno is *__errno() in its headers), with
 * Linux's numbers (patches/0003-errno-linux-values.patch). */
#include <errno.h>
#include <reent.h>

int *__errno_location(void);

int *__errno_location(void)
{
	return &_REENT->_errno;
}
