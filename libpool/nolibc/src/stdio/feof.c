#include "stdio_impl.h"

int feof(FILE *f)
{
	return f->eof;
}

int ferror(FILE *f)
{
	return f->err;
}

void clearerr(FILE *f)
{
	f->eof = 0;
	f->err = 0;
}
