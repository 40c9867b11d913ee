#include "stdio_impl.h"
#include <stdlib.h>

int mkstemp(char *tmpl)
{
	return _nolibc_tmpname(tmpl, 0, 0);
}

int mkstemps(char *tmpl, int suffix)
{
	return _nolibc_tmpname(tmpl, suffix, 0);
}

int mkostemp(char *tmpl, int flags)
{
	(void)flags;	/* O_CLOEXEC & co.: nothing to do */
	return _nolibc_tmpname(tmpl, 0, 0);
}

char *mkdtemp(char *tmpl)
{
	return _nolibc_tmpname(tmpl, 0, 1) < 0 ? NULL : tmpl;
}
