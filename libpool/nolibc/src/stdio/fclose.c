#include "stdio_impl.h"
#include <stdlib.h>
#include <unistd.h>

int fclose(FILE *f)
{
	int r = fflush(f);

	if (close(f->fd) < 0)
		r = EOF;
	_nolibc_ofl_del(f);
	_nolibc_fbuf_free(f);
	/* The standard streams are static: closed, not freed. */
	if (f != stdin && f != stdout && f != stderr)
		free(f);
	return r;
}
