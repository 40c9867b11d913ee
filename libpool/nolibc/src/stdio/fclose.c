#include "stdio_impl.h"
#include <stdlib.h>
#include <unistd.h>

int fclose(FILE *f)
{
	int r = _nolibc_fflush(f);

	if (close(f->fd) < 0)
		r = EOF;
	/* The standard streams are static: closed, not freed. */
	if (f != stdin && f != stdout && f != stderr)
		free(f);
	return r;
}
