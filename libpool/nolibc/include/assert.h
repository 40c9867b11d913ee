/* Diagnostics (C11 7.2). assert() calls __assert_fail(), glibc's name and
 * signature, so objects compiled against glibc's assert.h link too. May be
 * included several times with different NDEBUG settings. */
#undef assert
#ifdef NDEBUG
#define assert(x) ((void)0)
#else
#define assert(x) ((x) ? (void)0 : \
	__assert_fail(#x, __FILE__, __LINE__, __func__))
#endif

#ifndef _ASSERT_H
#define _ASSERT_H

#ifdef __cplusplus
extern "C" {
#endif

/* Reports a failed assertion of @expr at @file:@line in @func on stderr
 * and calls abort(). */
void __assert_fail(const char *expr, const char *file, unsigned int line,
		   const char *func) __attribute__((noreturn));

#ifdef __cplusplus
}
#endif

#if !defined(__cplusplus) && defined(__STDC_VERSION__) && \
	__STDC_VERSION__ >= 201112L && __STDC_VERSION__ < 202311L
#define static_assert _Static_assert
#endif

#endif
