/* glibc's __overflow, where the inline putc of glibc-compiled objects
 * goes when the write buffer has no room (or the stream is line buffered
 * or unbuffered: their wend stays at wbase). */
#include "stdio_impl.h"

int __overflow(FILE *f, int c)
{
	char ch = c;

	return _nolibc_fwrite(f, &ch, 1) == 1 ? (unsigned char)c : EOF;
}
