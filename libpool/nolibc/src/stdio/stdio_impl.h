/* nolibc stdio internals shared by the stdio members (private). */
#ifndef _NOLIBC_STDIO_IMPL_H
#define _NOLIBC_STDIO_IMPL_H

#include <stdio.h>
#include <stddef.h>
#include <stdarg.h>
#include <uk/config.h>
#include <uk/glibc_file.h>

/* A stream: glibc's FILE prefix (<uk/glibc_file.h>), so that objects
 * compiled against glibc's <stdio.h> can run their inline getc/putc on
 * it (its fields sit where glibc's are, checked below), and nothing
 * more: our own two fields live where glibc has padding and a pointer no
 * inline code reads, so a FILE is 72 bytes (with 4-byte pointers there
 * is no padding: fd follows the buffer pointers, 40 bytes).
 *
 * The buffer buf..bufend is in one of three states: idle (no pointer
 * set), reading (rpos..rend: bytes read ahead of the program, the fd's
 * offset is at rend) or writing (wbase..wpos: bytes the program wrote
 * that are not yet on the fd; putc's fast path may go up to wend, which
 * is bufend for a fully buffered stream and wbase otherwise, so that
 * each byte of a line buffered or unbuffered stream reaches __overflow).
 * An unbuffered stream writes out what each call gave it at the end of
 * the call; its buffer may be one byte (ungetc needs one). */
struct _nolibc_file {
	int flags;		/* _NOLIBC_F_*; glibc's _flags */
#if __SIZEOF_POINTER__ == 8
	int fd;			/* glibc: padding */
#endif
	char *rpos, *rend;	/* glibc's _IO_read_ptr, _IO_read_end */
	struct _nolibc_file *next;	/* _nolibc_ofl (glibc: _IO_read_base) */
	char *wbase, *wpos;	/* _IO_write_base, _IO_write_ptr */
	char *wend;		/* _IO_write_end */
	char *buf, *bufend;	/* _IO_buf_base, _IO_buf_end */
#if __SIZEOF_POINTER__ == 4
	int fd;			/* glibc: _IO_save_base (no padding after
				 * _flags with 4-byte pointers) */
#endif
};

#define _NOLIBC_SAME(a, b) _Static_assert( \
	offsetof(struct _nolibc_file, a) == offsetof(struct uk_glibc_file, b), \
	"FILE." #a " is not at glibc's " #b)
_NOLIBC_SAME(flags, _flags);
_NOLIBC_SAME(rpos, _IO_read_ptr);
_NOLIBC_SAME(rend, _IO_read_end);
_NOLIBC_SAME(wbase, _IO_write_base);
_NOLIBC_SAME(wpos, _IO_write_ptr);
_NOLIBC_SAME(wend, _IO_write_end);
_NOLIBC_SAME(buf, _IO_buf_base);
_NOLIBC_SAME(bufend, _IO_buf_end);

/* flags: glibc's EOF and error bits, then ours. */
#define _NOLIBC_F_EOF	UK_GLIBC_IO_EOF_SEEN
#define _NOLIBC_F_ERR	UK_GLIBC_IO_ERR_SEEN
#define _NOLIBC_F_NBF	0x0002	/* unbuffered (glibc's _IO_UNBUFFERED) */
#define _NOLIBC_F_LBF	0x0200	/* line buffered (glibc's _IO_LINE_BUF) */
#define _NOLIBC_F_NORD	0x0004	/* not open for reading */
#define _NOLIBC_F_NOWR	0x0008	/* not open for writing */
#define _NOLIBC_F_MYBUF	0x1000	/* buf was malloc()ed for the stream */
#define _NOLIBC_F_APP	0x2000	/* append: every write at the end */

/* The open streams other than the three standard ones, newest first
 * (files.c): flushed by exit() and fflush(NULL). */
extern FILE *_nolibc_ofl;
/* Adds @f to / removes it from _nolibc_ofl (ofl.c). */
void _nolibc_ofl_add(FILE *f);
void _nolibc_ofl_del(FILE *f);

struct _nolibc_sink;

/* A double conversion (f F e E g G) into @s of the next argument in @ap,
 * a long double if @lm is 'L'. */
typedef void _nolibc_float_fn(struct _nolibc_sink *s, va_list *ap, int lm,
			      int conv, int flags, int width, int prec);

/* Where the formatter's output goes: a FILE or a memory buffer. Output
 * goes through one function pointer so one formatter serves both. */
struct _nolibc_sink {
	void (*write)(struct _nolibc_sink *s, const char *p, size_t n);
	/* Doubles: the members an application calls (printf, snprintf...)
	 * put _nolibc_vfmt_float here, and so link it; kernel printing
	 * (vsniprintf) leaves it NULL: no float code, '?' printed. */
	_nolibc_float_fn *flt;
	size_t count;		/* bytes produced so far */
	FILE *f;		/* file sinks */
	char *buf;		/* buffer sinks: room for size - 1 bytes */
	size_t size;
};

/* Conversion flags of one specification. */
#define _NOLIBC_F_MINUS	1
#define _NOLIBC_F_PLUS	2
#define _NOLIBC_F_SPACE	4
#define _NOLIBC_F_ALT	8
#define _NOLIBC_F_ZERO	16

/* Writes @n bytes to @s and counts them (vfmt.c; a call is smaller than
 * the dozen inlined copies the formatters would hold). */
void _nolibc_out(struct _nolibc_sink *s, const char *p, size_t n);

/* The printf engine (vfmt.c): formats into @s; returns bytes produced. */
int _nolibc_vfmt(struct _nolibc_sink *s, const char *fmt, va_list ap);
/* Writes @n copies of @c (nothing when @n <= 0). */
void _nolibc_pad(struct _nolibc_sink *s, char c, int n);
/* Formats @v for conversion @conv (f F e E g G); in its own member
 * (vfmt_float.c), reached only through struct _nolibc_sink's flt, so that
 * the exact decimal expansion costs nothing in images whose only
 * formatting is the kernel's. */
_nolibc_float_fn _nolibc_vfmt_float;
/* The float formatter of the application-facing printf family:
 * _nolibc_vfmt_float, or NULL when NOLIBC_PRINTF_FLOAT is off. */
#define _NOLIBC_FLT (UK_OPT(NOLIBC_PRINTF_FLOAT) ? _nolibc_vfmt_float : 0)
/* vsnprintf into @buf with float formatter @flt (may be NULL). */
int _nolibc_vsnfmt(char *buf, size_t size, const char *fmt, va_list ap,
		   _nolibc_float_fn *flt);
/* Writes @n bytes to @f through its buffer; returns the count written,
 * less on error (sets the error flag). */
size_t _nolibc_fwrite(FILE *f, const char *p, size_t n);
/* Writes out what @f's buffer holds for writing; 0, or EOF (error flag
 * set; the bytes are dropped: a console does not come back). */
int _nolibc_fflush(FILE *f);
/* Puts @f in write mode (dropping bytes read ahead: C asks for an fseek
 * or fflush between reading and writing): 0, or EOF with errno EBADF. */
int _nolibc_towrite(FILE *f);
/* Reads up to @n bytes of @f into @p; the count, less at end of file
 * (sets the EOF flag) or on error (the error flag). */
size_t _nolibc_fread(FILE *f, char *p, size_t n);
/* Refills @f's empty read buffer: the number of bytes now between rpos
 * and rend, or 0 at end of file or on error (flag set). */
size_t _nolibc_fill(FILE *f);
/* Drops @f's read-ahead, moving the fd back to the stream's position:
 * 0, or EOF (the fd cannot seek). */
int _nolibc_unread(FILE *f);
/* The file position of @f, its buffer counted; -1 with errno. */
long long _nolibc_ftell(FILE *f);
/* The open() flags of fopen() mode @mode, or -1 (errno EINVAL). */
int _nolibc_fmode(const char *mode);
/* A new stream on @fd opened with @oflags: fully buffered (4 KiB), or
 * unbuffered if there is no memory for that; in the open streams. NULL
 * if there is no memory at all. */
FILE *_nolibc_fnew(int fd, int oflags);
/* Makes @f (any stream) fully buffered with a new buffer, or unbuffered
 * with a byte of its own: 0, or -1 (no memory). */
int _nolibc_fbuf(FILE *f);
/* Frees @f's buffer if it is the stream's own. */
void _nolibc_fbuf_free(FILE *f);
/* Replaces the six X's before the last @suffix bytes of @tmpl with a
 * name no file has, and creates it: @kind 0 a file (returns its fd,
 * O_RDWR), 1 a directory (returns 0); -1 with errno (EINVAL: no
 * XXXXXX there). */
int _nolibc_tmpname(char *tmpl, int suffix, int kind);
/* Flushes every buffered stream (stdout and the open ones); exit() calls
 * it through a weak reference so that programs without stdio do not
 * link it. */
void _nolibc_stdio_exit(void);
/* Formats to @f (vfprintf.c): what every FILE printf calls. */
int _nolibc_vfprintf(FILE *f, const char *fmt, va_list ap);

#endif
