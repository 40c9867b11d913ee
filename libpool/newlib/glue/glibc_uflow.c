/* The slow paths of glibc's inline getc_unlocked and putc_unlocked, which
 * objects compiled against glibc's headers call when _IO_read_ptr reaches
 * _IO_read_end or _IO_write_ptr reaches _IO_write_end: in newlib's FILE
 * those pointers are always NULL (patches/0002-stdio-glibc-file-prefix.patch),
 * so every character comes here, to newlib's own getc and putc. */
#include <stddef.h>
#include <stdio.h>
/* nolibc's: the prefix both C libraries give their FILE */
#include <uk/glibc_file.h>

_Static_assert(offsetof(FILE, _flags) ==
	       offsetof(struct uk_glibc_file, _flags) &&
	       offsetof(FILE, _glibc_ptrs[0]) ==
	       offsetof(struct uk_glibc_file, _IO_read_ptr) &&
	       offsetof(FILE, _glibc_ptrs[1]) ==
	       offsetof(struct uk_glibc_file, _IO_read_end) &&
	       offsetof(FILE, _glibc_ptrs[4]) ==
	       offsetof(struct uk_glibc_file, _IO_write_ptr) &&
	       offsetof(FILE, _glibc_ptrs[5]) ==
	       offsetof(struct uk_glibc_file, _IO_write_end),
	       "newlib's FILE starts as glibc's (patches/0002)");
_Static_assert(__SEOF == UK_GLIBC_IO_EOF_SEEN &&
	       __SERR == UK_GLIBC_IO_ERR_SEEN,
	       "newlib's EOF and error flags are glibc's (patches/0002)");

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
