/* glibc's __uflow, where the inline getc of glibc-compiled objects goes
 * when the read buffer is empty: the next byte, consumed, or EOF. */
#include "stdio_impl.h"

int __uflow(FILE *f)
{
	if (f->rpos >= f->rend && !_nolibc_fill(f))
		return EOF;
	return (unsigned char)*f->rpos++;
}
