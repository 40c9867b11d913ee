#include <errno.h>

/* newlib's name for the errno location; the values (EDOM, ERANGE) are
 * Linux's in both C libraries. */
int *__errno(void);

int *__errno(void)
{
	return __errno_location();
}
