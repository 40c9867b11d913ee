/* The scanf engine's interface (private; no stdio internals, so that the
 * host test can build it alone). */
#ifndef _NOLIBC_SCAN_H
#define _NOLIBC_SCAN_H

#include <stdio.h>
#include <stdarg.h>

/* Where the scanf engine reads: get() the next byte or EOF, unget() one
 * byte back. */
struct _nolibc_scan_src {
	int (*get)(struct _nolibc_scan_src *s);
	void (*unget)(struct _nolibc_scan_src *s, int c);
	void *p;		/* the string position, or the FILE */
};
/* The scanf engine (vscan.c). */
int _nolibc_vscan(struct _nolibc_scan_src *src, const char *fmt, va_list ap);
#endif
