/* BSD error messages (err(3)): each writes @fmt's message to stderr; err,
 * warn and their v* forms add ": " and strerror(errno); err and errx then
 * exit(@status). A NULL @fmt prints only the strerror part (or nothing). */
#ifndef _ERR_H
#define _ERR_H

#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

void err(int status, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 2, 3)));
void errx(int status, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 2, 3)));
void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void verr(int status, const char *fmt, va_list ap)
	__attribute__((noreturn));
void verrx(int status, const char *fmt, va_list ap)
	__attribute__((noreturn));
void vwarn(const char *fmt, va_list ap);
void vwarnx(const char *fmt, va_list ap);

#ifdef __cplusplus
}
#endif

#endif
