/* Input, one byte at a time: stdin is unbuffered, so that what a program
 * does not read stays with the console. */
#include "stdio_impl.h"
#include <unistd.h>

int fgetc(FILE *f)
{
	unsigned char c;

	/* Whatever was prompted must show before the program waits. */
	_nolibc_fflush(stdout);
	if (read(f->fd, &c, 1) != 1) {
		f->err = 1;
		return EOF;
	}
	return c;
}

int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(stdin);
}
