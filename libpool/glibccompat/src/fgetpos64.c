#include "compat.h"

/* glibc's fpos64_t is its fpos_t on x86_64. */
int fgetpos64(FILE *f, void *pos)
{
	return _glibccompat_fgetpos(f, pos);
}

int fsetpos64(FILE *f, const void *pos)
{
	return _glibccompat_fsetpos(f, pos);
}
