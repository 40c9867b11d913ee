/* glibc's fortified (_FORTIFY_SOURCE) and stack-protector entry points, so
 * that objects compiled by a host compiler against glibc headers link.
 * Declared here only: applications never call them by name. (private) */
#ifndef _NOLIBC_COMPAT_H
#define _NOLIBC_COMPAT_H

#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>

void __stack_chk_fail(void) __attribute__((noreturn));
void __chk_fail(void) __attribute__((noreturn));
int __printf_chk(int flag, const char *fmt, ...);
int __vprintf_chk(int flag, const char *fmt, va_list ap);
int __fprintf_chk(FILE *f, int flag, const char *fmt, ...);
int __vfprintf_chk(FILE *f, int flag, const char *fmt, va_list ap);
int __sprintf_chk(char *s, int flag, size_t slen, const char *fmt, ...);
int __vsprintf_chk(char *s, int flag, size_t slen, const char *fmt,
		   va_list ap);
int __snprintf_chk(char *s, size_t n, int flag, size_t slen,
		   const char *fmt, ...);
int __vsnprintf_chk(char *s, size_t n, int flag, size_t slen,
		    const char *fmt, va_list ap);
void *__memcpy_chk(void *d, const void *s, size_t n, size_t dlen);
void *__memmove_chk(void *d, const void *s, size_t n, size_t dlen);
void *__memset_chk(void *d, int c, size_t n, size_t dlen);
char *__strcpy_chk(char *d, const char *s, size_t dlen);

#endif
