/* Input/output (C11 7.21), output side. stdout is line buffered (flushed
 * on '\n', on exit() and before any write to stderr); stderr is
 * unbuffered. Both go to the platform console. */
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

/* Input. stdin is the console, unbuffered; reading waits for input and
 * flushes stdout first. The console has no end of input: feof() is 0. */
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
/* Reads up to @n - 1 bytes, through a newline; NULL if none was read. */
char *fgets(char *s, int n, FILE *f);
/* The stream's sticky error flag, its end-of-file flag; clearerr resets. */
int ferror(FILE *f);
int feof(FILE *f);
void clearerr(FILE *f);

#ifdef __cplusplus
}
#endif

#endif
