#include "stdio_impl.h"

int feof(FILE *f)
{
	return !!(f->flags & _NOLIBC_F_EOF);
}

int ferror(FILE *f)
{
	return !!(f->flags & _NOLIBC_F_ERR);
}

void clearerr(FILE *f)
{
	f->flags &= ~(_NOLIBC_F_EOF | _NOLIBC_F_ERR);
}

int feof_unlocked(FILE *f) __attribute__((alias("feof")));
int ferror_unlocked(FILE *f) __attribute__((alias("ferror")));
void clearerr_unlocked(FILE *f) __attribute__((alias("clearerr")));
