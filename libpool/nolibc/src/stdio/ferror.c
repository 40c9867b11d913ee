#include "stdio_impl.h"

int ferror(FILE *f)
{
	return f->err;
}

/* The console contract (ukplat_cink) has no end of input, so no stream
 * of nolibc's reaches end-of-file. */
int feof(FILE *f)
{
	(void)f;
	return 0;
}

void clearerr(FILE *f)
{
	f->err = 0;
}
