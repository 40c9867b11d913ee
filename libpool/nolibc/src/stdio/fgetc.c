#include "stdio_impl.h"

int fgetc(FILE *f)
{
	unsigned char c;

	return _nolibc_fread(f, (char *)&c, 1) ? c : EOF;
}

/* getc is fgetc: no macro tricks, one member. */
int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(stdin);
}
