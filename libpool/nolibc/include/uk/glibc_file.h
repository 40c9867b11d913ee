/*
 * The start of glibc's struct _IO_FILE (x86_64, glibc 2.x), as objects
 * compiled against glibc's <stdio.h> read it: the inline getc_unlocked,
 * putc_unlocked, getchar_unlocked, putchar_unlocked, fgetc_unlocked,
 * fputc_unlocked, feof_unlocked and ferror_unlocked of glibc's
 * <bits/stdio.h> and <bits/types/struct_FILE.h> touch these fields and
 * nothing else, and fall into __uflow(fp) / __overflow(fp, c) when the
 * buffer is empty / full:
 *
 *   getc:  fp->_IO_read_ptr >= fp->_IO_read_end ? __uflow(fp)
 *                                               : *fp->_IO_read_ptr++
 *   putc:  fp->_IO_write_ptr >= fp->_IO_write_end ? __overflow(fp, c)
 *                                                 : (*fp->_IO_write_ptr++ = c)
 *   feof:  fp->_flags & UK_GLIBC_IO_EOF_SEEN    ferror: ... _ERR_SEEN
 *
 * A C library whose FILE is seen by glibc-ABI objects (nolibc's own FILE;
 * newlib's, libpool/newlib/patches/0002) starts it with this struct,
 * keeps the four pointers truthful (or equal, which sends every call to
 * the function), and exports __uflow and __overflow. Nothing else of glibc's FILE (its
 * _fileno at offset 112, locks, wide data) is read by inline code.
 * Shared by nolibc and newlib (static asserts in libpool/newlib/glue/
 * glibc_uflow.c): change it in both or neither.
 */
#ifndef __UK_GLIBC_FILE_H__
#define __UK_GLIBC_FILE_H__

#ifdef __cplusplus
extern "C" {
#endif

struct uk_glibc_file {
	int _flags;		/* glibc: _IO_MAGIC in the high half, flags */
	char *_IO_read_ptr;	/* next byte to read */
	char *_IO_read_end;	/* end of the bytes read ahead */
	char *_IO_read_base;	/* start of the read-ahead area */
	char *_IO_write_base;	/* start of the bytes waiting to be written */
	char *_IO_write_ptr;	/* where the next byte written goes */
	char *_IO_write_end;	/* end of the room for putc's fast path */
	char *_IO_buf_base;	/* the buffer */
	char *_IO_buf_end;
};

/* _flags bits that glibc's inline feof_unlocked/ferror_unlocked test. */
#define UK_GLIBC_IO_EOF_SEEN	0x10
#define UK_GLIBC_IO_ERR_SEEN	0x20

#ifdef __cplusplus
}
#endif

#endif /* __UK_GLIBC_FILE_H__ */
