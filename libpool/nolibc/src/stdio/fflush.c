#include "stdio_impl.h"

int fflush(FILE *f)
{
	if (!f)
		f = stdout;	/* the only buffered stream */
	return _nolibc_fflush(f);
}
