/* glibc's entry points that objects compiled by a host compiler against
 * glibc's headers reference: fortified (_FORTIFY_SOURCE) functions, the
 * stack protector's failure, the ctype tables and C99 scanf names.
 * Declared here only: applications never call them by name. (private) */
#ifndef _GLIBCCOMPAT_COMPAT_H
#define _GLIBCCOMPAT_COMPAT_H

#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>
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
char *__stpcpy_chk(char *d, const char *s, size_t dlen);
char *__strcat_chk(char *d, const char *s, size_t dlen);
char *__strncpy_chk(char *d, const char *s, size_t n, size_t dlen);
char *__strncat_chk(char *d, const char *s, size_t n, size_t dlen);
char *__fgets_chk(char *s, size_t slen, int n, FILE *f);

/* Tables indexable from -128 to 255 (glibc's "C" locale). CTYPE_64(F, c)
 * is the initializer F(c), F(c + 1), ..., F(c + 63): the three tables are
 * built at compile time from one expression per byte. */
#define CTYPE_4(F, c)	F(c), F((c) + 1), F((c) + 2), F((c) + 3)
#define CTYPE_16(F, c)	CTYPE_4(F, c), CTYPE_4(F, (c) + 4), \
			CTYPE_4(F, (c) + 8), CTYPE_4(F, (c) + 12)
#define CTYPE_64(F, c)	CTYPE_16(F, c), CTYPE_16(F, (c) + 16), \
			CTYPE_16(F, (c) + 32), CTYPE_16(F, (c) + 48)
const unsigned short **__ctype_b_loc(void);
const int32_t **__ctype_tolower_loc(void);
const int32_t **__ctype_toupper_loc(void);

/* glibc >= 2.7 in C99 mode names scanf this way ("%a" is a float). */
int __isoc99_sscanf(const char *s, const char *fmt, ...);
int __isoc99_vsscanf(const char *s, const char *fmt, va_list ap);

#endif
