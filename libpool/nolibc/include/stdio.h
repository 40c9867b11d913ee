/* Input/output (C11 7.21). stdout is line buffered (flushed on '\n', on
 * exit() and before any write to stderr); stderr is unbuffered. Both go
 * to the platform console (through the fd table when vfscore is linked).
 * Files (fopen) are unbuffered both ways: each call is a read() or
 * write() on the fd, so nothing waits for a flush at exit. */
#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EOF	(-1)
#define BUFSIZ	256

typedef struct _nolibc_file FILE;

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin	stdin
#define stdout	stdout
#define stderr	stderr

/* Formatted output. Flags "-+ #0", width and precision (also '*'), length
 * modifiers hh h l ll z j t L, conversions d i u o x X c s p % and
 * f F e E g G. printf-like functions return the number of bytes written
 * (for snprintf: that would have been written), or a negative value on
 * error. */
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int fprintf(FILE *f, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int sprintf(char *buf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Writes at most @size - 1 bytes and a NUL (if @size > 0). */
int snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vprintf(const char *fmt, va_list ap);
int vfprintf(FILE *f, const char *fmt, va_list ap);
int vsprintf(char *buf, const char *fmt, va_list ap);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
/* newlib's integer-only snprintf and vsnprintf: as above, but a double
 * conversion prints '?' (its argument is consumed), and they link no
 * float code. For kernel messages. */
int sniprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vsniprintf(char *buf, size_t size, const char *fmt, va_list ap);

/* Writes @s and a newline to stdout; returns >= 0, or EOF on error. */
int puts(const char *s);
/* Writes @s to @f; returns >= 0, or EOF on error. */
int fputs(const char *s, FILE *f);
/* Write (unsigned char)@c; return it, or EOF on error. */
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
/* Writes @n items of @size bytes; returns the number of items written. */
size_t fwrite(const void *p, size_t size, size_t n, FILE *f);
/* Writes out @f's buffer (every stream when @f is NULL); 0 or EOF. */
int fflush(FILE *f);

/* Formatted input from a string: conversions d i u o x X p f e g a s c [
 * n %, '*', widths, lengths hh h l ll j z t L. Returns the number of
 * assignments, or EOF if the input ends before the first one. */
int sscanf(const char *s, const char *fmt, ...)
	__attribute__((format(scanf, 2, 3)));
int vsscanf(const char *s, const char *fmt, va_list ap);

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

/* Opens @path (docs/vfs.md) with @mode "r", "w", "a", "r+", "w+" or "a+"
 * ('b' ignored, 'x': fail if it exists): the stream, or NULL with errno
 * set (EINVAL for a bad mode). */
FILE *fopen(const char *path, const char *mode);
/* Writes out @f's buffer, closes its fd and frees it; 0 or EOF. */
int fclose(FILE *f);
/* Reads @n items of @size bytes; returns the number of whole items.
 * stdin is the console, unbuffered: reading it flushes stdout first and
 * waits for input; it ends only where the console's input does (linuxu:
 * end of file on the process's fd 0). */
size_t fread(void *p, size_t size, size_t n, FILE *f);
/* Reads a line (up to @n - 1 bytes, '\n' included) into @s, NUL-ended:
 * @s, or NULL at end of file with nothing read, or on error. */
char *fgets(char *s, int n, FILE *f);
/* The next byte as an unsigned char, or EOF. */
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
/* Moves @f's offset (writing out its buffer first): 0 or -1 (errno). */
int fseek(FILE *f, long off, int whence);
long ftell(FILE *f);
void rewind(FILE *f);
/* The end-of-file and error indicators: non-zero when set. */
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);

#ifdef __cplusplus
}
#endif

#endif
