#include <stdio.h>
#include <wchar.h>
#include "../locale/locale_impl.h"

/* A byte that is a whole character: any in C, ASCII in C.UTF-8. */
wint_t btowc(int c)
{
	if (c < 0 || c > 255 || (_nolibc_utf8 && c > 127))
		return WEOF;
	return c;
}

int wctob(wint_t c)
{
	if (c > 255 || (_nolibc_utf8 && c > 127))
		return EOF;
	return c;
}
