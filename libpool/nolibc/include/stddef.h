/* Standard definitions (C11 7.19), from the compiler's predefined macros so
 * that gcc and clang can both compile against these headers. */
#ifndef _STDDEF_H
#define _STDDEF_H

typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#ifndef __cplusplus
typedef __WCHAR_TYPE__ wchar_t;
#endif
typedef struct {
	long long __ll __attribute__((aligned(__alignof__(long long))));
	long double __ld __attribute__((aligned(__alignof__(long double))));
} max_align_t;

#ifdef __cplusplus
#define NULL __null
#else
#define NULL ((void *)0)
#endif

#define offsetof(type, member) __builtin_offsetof(type, member)

#endif

/* wint_t for a C library's headers that ask for it the gcc way (newlib's
 * sys/_types.h: #define __need_wint_t, #include <stddef.h>): uklink
 * --cflags --libc newlib puts newlib's headers before these ones. */
#if defined(__need_wint_t) && !defined(_NOLIBC_WINT_T)
#define _NOLIBC_WINT_T
typedef __WINT_TYPE__ wint_t;
#endif
#undef __need_wint_t
