/* General utilities (C11 7.22). Memory comes from the default allocator of
 * ukalloc; exit() ends the unikernel. */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EXIT_SUCCESS	0
#define EXIT_FAILURE	1
#define RAND_MAX	0x7fffffff

/* Returns @size bytes from the default allocator (16-byte aligned), or
 * NULL with errno ENOMEM. */
void *malloc(size_t size);
/* Returns @n * @size zeroed bytes, or NULL with errno ENOMEM (also on
 * overflow). */
void *calloc(size_t n, size_t size);
/* Resizes @p (NULL: malloc) to @size bytes, keeping its contents; returns
 * the new block, or NULL with errno ENOMEM leaving @p untouched. */
void *realloc(void *p, size_t size);
/* Releases a block from malloc() and friends; NULL is ignored. */
void free(void *p);
/* Stores in *@memptr @size bytes aligned to @align (a power of two and a
 * multiple of sizeof(void *)); returns 0, EINVAL or ENOMEM. */
int posix_memalign(void **memptr, size_t align, size_t size);
/* Returns @size bytes aligned to @align (a power of two), or NULL with
 * errno set. */
void *aligned_alloc(size_t align, size_t size);

/* Convert the initial part of @s (after white space, an optional sign and,
 * for base 16 or 0, an optional 0x) in @base (0: by prefix, or 2..36); set
 * *@end after the digits used (to @s if none). On overflow they return the
 * type's extreme and set errno to ERANGE. */
long strtol(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
unsigned long long strtoull(const char *s, char **end, int base);
/* Converts a decimal floating-point number, "inf", "infinity" or "nan"
 * (no hexadecimal form); sets *@end after it. Correctly rounded for up to
 * 15 significant digits and exponents within +-22, within a few ulp
 * beyond; ERANGE when the result overflows or underflows. */
double strtod(const char *s, char **end);
double atof(const char *s);
/* Decimal conversions without error reporting. */
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);

/* Sorts @n elements of @size bytes at @base by @cmp (heapsort: in place,
 * O(n log n), not stable). */
void qsort(void *base, size_t n, size_t size,
	   int (*cmp)(const void *, const void *));
/* Finds @key among @n sorted elements at @base; returns it or NULL. */
void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *));

/* Pseudo-random numbers in [0, RAND_MAX] (not for cryptography); srand()
 * restarts the sequence from @seed (default 1). */
int rand(void);
void srand(unsigned seed);

/* Absolute values (undefined for the most negative value). */
int abs(int x);
long labs(long x);
long long llabs(long long x);

/* Prints "abort()" and stops the unikernel with the crash status. */
void abort(void) __attribute__((noreturn));
/* Runs the atexit() handlers (last registered first), flushes stdio, then
 * stops the unikernel with @status. */
void exit(int status) __attribute__((noreturn));
/* Stops the unikernel with @status at once. */
void _Exit(int status) __attribute__((noreturn));
/* Registers @fn to run at exit(); returns 0, or -1 when the table (32
 * entries) is full. */
int atexit(void (*fn)(void));
/* There is no environment: always NULL. */
char *getenv(const char *name);

/* The absolute path of @path with no ".", ".." or symbolic link in it,
 * into @out (PATH_MAX bytes) or, if NULL, a malloc()ed string; NULL
 * with errno (ENOENT, ENOTDIR, ELOOP...) when it does not exist. */
char *realpath(const char *path, char *out);

/* Temporary files and directories: the six X's that end @tmpl (or come
 * before its last @suffix bytes) become a name no file has, and the file
 * is created (O_RDWR, mode 0600) or the directory (0700). The fd / @tmpl,
 * or -1 / NULL with errno (EINVAL: no XXXXXX; EEXIST: no name left). */
int mkstemp(char *tmpl);
int mkstemps(char *tmpl, int suffix);
int mkostemp(char *tmpl, int flags);
char *mkdtemp(char *tmpl);

#ifdef __cplusplus
}
#endif

#endif
