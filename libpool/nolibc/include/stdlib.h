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
/* The longest multibyte character of the locale: 4 in C.UTF-8, 1 in C
 * (glibc's function behind the macro). */
#define MB_CUR_MAX	(__ctype_get_mb_cur_max())
size_t __ctype_get_mb_cur_max(void);

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
/* Through strtod (long double is a double's value here). */
float strtof(const char *s, char **end);
long double strtold(const char *s, char **end);
/* Decimal conversions without error reporting. */
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);

/* Sorts @n elements of @size bytes at @base by @cmp (heapsort: in place,
 * O(n log n), not stable). */
void qsort(void *base, size_t n, size_t size,
	   int (*cmp)(const void *, const void *));
/* qsort with a context passed to @cmp last (GNU's order). */
void qsort_r(void *base, size_t n, size_t size,
	     int (*cmp)(const void *, const void *, void *), void *arg);
/* Finds @key among @n sorted elements at @base; returns it or NULL. */
void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *));

/* Pseudo-random numbers in [0, RAND_MAX] (not for cryptography): glibc's
 * generator and seeding, so a seed gives glibc's sequence. rand() is
 * random(); srand()/srandom() restart it from @seed (default 1);
 * initstate() gives it a state buffer of @n bytes (8 or more: more is a
 * longer period), setstate() switches back to one; both return the old
 * buffer. */
int rand(void);
void srand(unsigned seed);
long random(void);
void srandom(unsigned seed);
char *initstate(unsigned seed, char *buf, size_t n);
char *setstate(char *buf);
/* Cryptographic random numbers (uksrand's ChaCha20): 32 bits, @n bytes,
 * uniform in [0, @n). */
unsigned int arc4random(void);
void arc4random_buf(void *buf, size_t n);
unsigned int arc4random_uniform(unsigned int n);

/* Multibyte characters (the locale's, <wchar.h>), with hidden state. */
#ifndef __cplusplus
typedef __WCHAR_TYPE__ wchar_t;
#endif
int mblen(const char *s, size_t n);
int mbtowc(wchar_t *pwc, const char *s, size_t n);
int wctomb(char *s, wchar_t wc);
size_t mbstowcs(wchar_t *dst, const char *src, size_t n);
size_t wcstombs(char *dst, const wchar_t *src, size_t n);

/* POSIX's 48-bit generators (glibc's sequences for a seed) and
 * glibc's rand_r. */
double drand48(void);
double erand48(unsigned short s[3]);
long lrand48(void);
long nrand48(unsigned short s[3]);
long mrand48(void);
long jrand48(unsigned short s[3]);
void srand48(long seed);
unsigned short *seed48(unsigned short s[3]);
void lcong48(unsigned short p[7]);
int rand_r(unsigned int *seed);

/* Quotient and remainder. */
typedef struct { int quot, rem; } div_t;
typedef struct { long quot, rem; } ldiv_t;
typedef struct { long long quot, rem; } lldiv_t;
div_t div(int n, int d);
ldiv_t ldiv(long n, long d);
lldiv_t lldiv(long long n, long long d);

/* Page-aligned memory (obsolete). */
void *valloc(size_t size);
void *pvalloc(size_t size);

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
/* Registers @fn to run at exit() (on_exit: with exit's status and @arg),
 * last registered first; returns 0, or -1 when the table (32 entries,
 * shared) is full. */
int atexit(void (*fn)(void));
int on_exit(void (*fn)(int status, void *arg), void *arg);
/* The environment (`environ`, <unistd.h>): the platform's at boot
 * (linuxu: the process's; others: empty). getenv returns NULL for a
 * name that is not there. setenv copies, putenv inserts @s itself
 * ("NAME=value"), unsetenv removes, clearenv empties; 0 or -1 (EINVAL
 * for an empty name or one with '=', ENOMEM). */
char *getenv(const char *name);
char *secure_getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *s);
int clearenv(void);
/* There is no shell: system(NULL) is 0, system(cmd) says so on stderr
 * and returns -1 (ENOSYS). */
int system(const char *cmd);

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
