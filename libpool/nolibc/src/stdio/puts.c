#include "stdio_impl.h"
#include <string.h>

int puts(const char *s)
{
	size_t n = strlen(s);

	if (_nolibc_fwrite(stdout, s, n) != n ||
	    _nolibc_fwrite(stdout, "\n", 1) != 1)
		return EOF;
	return 0;
}
