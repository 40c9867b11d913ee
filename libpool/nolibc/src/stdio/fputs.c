#include "stdio_impl.h"
#include <string.h>

int fputs(const char *s, FILE *f)
{
	size_t n = strlen(s);

	return _nolibc_fwrite(f, s, n) == n ? 0 : EOF;
}

int fputs_unlocked(const char *s, FILE *f) __attribute__((alias("fputs")));
