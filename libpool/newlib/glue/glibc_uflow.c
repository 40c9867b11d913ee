/* The slow paths of glibc's inline getc_unlocked and putc_unlocked, which
 * objects compiled against glibc's headers call when _IO_read_ptr reaches
 * _IO_read_end or _IO_write_ptr reaches _IO_write_end: in newlib's FILE
 * those pointers are always NULL (patches/0002-stdio-glibc-file-prefix.patch),
 * so every character comes here, to newlib's own getc and putc. */
#include <stdio.h>

int __uflow(FILE *f);
int __overflow(FILE *f, int c);

/* The next character of f (consumed), or EOF. */
int __uflow(FILE *f)
{
	return getc_unlocked(f);
}

/* Writes c to f and returns it (EOF on error); EOF itself flushes. */
int __overflow(FILE *f, int c)
{
	if (c == EOF)
		return fflush(f) ? EOF : 0;
	return putc_unlocked(c, f);
}
