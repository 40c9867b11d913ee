#include "stdio_impl.h"

int fputc(int c, FILE *f)
{
	char ch = c;

	return _nolibc_fwrite(f, &ch, 1) == 1 ? (unsigned char)c : EOF;
}

/* putc is fputc: no macro tricks, one member. */
int putc(int c, FILE *f)
{
	return fputc(c, f);
}
