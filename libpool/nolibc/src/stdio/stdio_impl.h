/* nolibc stdio internals shared by the stdio members (private). */
#ifndef _NOLIBC_STDIO_IMPL_H
#define _NOLIBC_STDIO_IMPL_H

#include <stdio.h>
#include <stddef.h>
#include <stdarg.h>
#include <uk/config.h>

struct _nolibc_file {
	int fd;
	/* chars: FILE stays 24 bytes, the size of the three static ones */
	unsigned char err;	/* sticky: a read or write failed */
	unsigned char eof;	/* a read met the end of the file */
	unsigned int len;	/* bytes waiting in buf */
	unsigned int size;	/* size of buf; 0 means unbuffered */
	char *buf;
};

struct _nolibc_sink;

/* A double conversion (f F e E g G) of @v into @s. */
typedef void _nolibc_float_fn(struct _nolibc_sink *s, double v, int conv,
			      int flags, int width, int prec);

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
/* Appends @n bytes to @f (buffering, console order); returns the count
 * written, less on error (sets f->err). */
size_t _nolibc_fwrite(FILE *f, const char *p, size_t n);
/* Writes out @f's buffer; 0 or EOF. */
int _nolibc_fflush(FILE *f);
/* Reads up to @n bytes of @f into @p, after writing out what @f buffers;
 * the count, less at end of file (sets f->eof) or on error (f->err). */
size_t _nolibc_fread(FILE *f, char *p, size_t n);
/* Flushes every buffered stream; exit() calls it through a weak reference
 * so that programs without stdio do not link it. */
void _nolibc_stdio_exit(void);
/* Formats to @f (vfprintf.c): what every FILE printf calls. */
int _nolibc_vfprintf(FILE *f, const char *fmt, va_list ap);

#endif
