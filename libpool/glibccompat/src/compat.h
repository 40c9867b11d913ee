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


/* glibc's large-file (LFS64) names, which glibc's headers produce under
 * _FILE_OFFSET_BITS=64 (fopen becomes fopen64, stat stat64, ...): on
 * x86_64 off64_t is off_t and struct stat64 is struct stat, so each is the
 * C library's function under its plain name. */
FILE *fopen64(const char *path, const char *mode);
FILE *freopen64(const char *path, const char *mode, FILE *f);
FILE *tmpfile64(void);
int fseeko64(FILE *f, int64_t off, int whence);
int64_t ftello64(FILE *f);
int fgetpos64(FILE *f, void *pos);
int fsetpos64(FILE *f, const void *pos);
int open64(const char *path, int flags, ...);
int __open_2(const char *path, int flags);
int __open64_2(const char *path, int flags);
int creat64(const char *path, unsigned int mode);
int64_t lseek64(int fd, int64_t off, int whence);
int stat64(const char *path, void *st);
int fstat64(int fd, void *st);
int lstat64(const char *path, void *st);
int mkstemp64(char *tmpl);
int fcntl64(int fd, int cmd, ...);
int ftruncate64(int fd, int64_t size);
int truncate64(const char *path, int64_t size);
long pread64(int fd, void *buf, size_t len, int64_t off);
long pwrite64(int fd, const void *buf, size_t len, int64_t off);
void *readdir64(void *dir);
int readdir64_r(void *dir, void *ent, void **res);
int scandir64(const char *path, void *list, int (*keep)(const void *),
	      int (*cmp)(const void *, const void *));
int alphasort64(const void *a, const void *b);
int openat64(int dirfd, const char *path, int flags, ...);
int fstatat64(int dirfd, const char *path, void *st, int flags);
int statvfs64(const char *path, void *st);
int fstatvfs64(int fd, void *st);
int getrlimit64(int what, void *r);
int setrlimit64(int what, const void *r);
void *mmap64(void *addr, size_t len, int prot, int flags, int fd,
	     int64_t off);
long sendfile64(int out, int in, int64_t *off, size_t count);
long preadv64(int fd, const void *iov, int n, int64_t off);
long pwritev64(int fd, const void *iov, int n, int64_t off);
int posix_fadvise64(int fd, int64_t off, int64_t len, int advice);
int statfs64(const char *path, void *st);
int fstatfs64(int fd, void *st);
int glob64(const char *pat, int flags, int (*err)(const char *, int),
	   void *g);
void globfree64(void *g);
int posix_fallocate64(int fd, int64_t off, int64_t len);

/* The C library's functions that nolibc's headers may not declare (yet):
 * declared here under our own names, bound to the C name (asm labels), so
 * that no header's prototype (fpos_t, struct stat, ...) can clash. */
#define _GLIBCCOMPAT_LIBC(ret, name, args) \
	ret _glibccompat_##name args __asm__(#name)
_GLIBCCOMPAT_LIBC(FILE *, freopen, (const char *, const char *, FILE *));
_GLIBCCOMPAT_LIBC(FILE *, tmpfile, (void));
_GLIBCCOMPAT_LIBC(int, fseeko, (FILE *, int64_t, int));
_GLIBCCOMPAT_LIBC(int64_t, ftello, (FILE *));
_GLIBCCOMPAT_LIBC(int, fgetpos, (FILE *, void *));
_GLIBCCOMPAT_LIBC(int, fsetpos, (FILE *, const void *));
_GLIBCCOMPAT_LIBC(int, open, (const char *, int, ...));
_GLIBCCOMPAT_LIBC(int, creat, (const char *, unsigned int));
_GLIBCCOMPAT_LIBC(int64_t, lseek, (int, int64_t, int));
_GLIBCCOMPAT_LIBC(int, stat, (const char *, void *));
_GLIBCCOMPAT_LIBC(int, fstat, (int, void *));
_GLIBCCOMPAT_LIBC(int, lstat, (const char *, void *));
_GLIBCCOMPAT_LIBC(int, mkstemp, (char *));
_GLIBCCOMPAT_LIBC(int, fcntl, (int, int, ...));
_GLIBCCOMPAT_LIBC(int, ftruncate, (int, int64_t));
_GLIBCCOMPAT_LIBC(int, truncate, (const char *, int64_t));
_GLIBCCOMPAT_LIBC(long, pread, (int, void *, size_t, int64_t));
_GLIBCCOMPAT_LIBC(long, pwrite, (int, const void *, size_t, int64_t));
_GLIBCCOMPAT_LIBC(void *, readdir, (void *));
_GLIBCCOMPAT_LIBC(int, readdir_r, (void *, void *, void **));
_GLIBCCOMPAT_LIBC(int, scandir, (const char *, void *,
				 int (*)(const void *),
				 int (*)(const void *, const void *)));
_GLIBCCOMPAT_LIBC(int, alphasort, (const void *, const void *));
_GLIBCCOMPAT_LIBC(int, openat, (int, const char *, int, ...));
_GLIBCCOMPAT_LIBC(int, fstatat, (int, const char *, void *, int));
_GLIBCCOMPAT_LIBC(int, statvfs, (const char *, void *));
_GLIBCCOMPAT_LIBC(int, fstatvfs, (int, void *));
_GLIBCCOMPAT_LIBC(int, getrlimit, (int, void *));
_GLIBCCOMPAT_LIBC(int, setrlimit, (int, const void *));
_GLIBCCOMPAT_LIBC(void *, mmap, (void *, size_t, int, int, int, int64_t));
_GLIBCCOMPAT_LIBC(long, sendfile, (int, int, int64_t *, size_t));
_GLIBCCOMPAT_LIBC(long, preadv, (int, const void *, int, int64_t));
_GLIBCCOMPAT_LIBC(long, pwritev, (int, const void *, int, int64_t));
_GLIBCCOMPAT_LIBC(int, posix_fadvise, (int, int64_t, int64_t, int));
_GLIBCCOMPAT_LIBC(int, statfs, (const char *, void *));
_GLIBCCOMPAT_LIBC(int, fstatfs, (int, void *));
_GLIBCCOMPAT_LIBC(int, glob, (const char *, int, int (*)(const char *, int),
			      void *));
_GLIBCCOMPAT_LIBC(void, globfree, (void *));
_GLIBCCOMPAT_LIBC(int, posix_fallocate, (int, int64_t, int64_t));
_GLIBCCOMPAT_LIBC(int, vfscanf, (FILE *, const char *, va_list));
_GLIBCCOMPAT_LIBC(int, siglongjmp, (void *, int)) __attribute__((noreturn));
_GLIBCCOMPAT_LIBC(size_t, fread_unlocked, (void *, size_t, size_t, FILE *));
_GLIBCCOMPAT_LIBC(int, vasprintf, (char **, const char *, va_list));
_GLIBCCOMPAT_LIBC(int, vdprintf, (int, const char *, va_list));
_GLIBCCOMPAT_LIBC(int, vswprintf, (wchar_t *, size_t, const wchar_t *,
				   va_list));

/* C99 scanf under glibc's names (below, sscanf). */
int __isoc99_scanf(const char *fmt, ...);
int __isoc99_vscanf(const char *fmt, va_list ap);
int __isoc99_fscanf(FILE *f, const char *fmt, ...);
int __isoc99_vfscanf(FILE *f, const char *fmt, va_list ap);

/* More of _FORTIFY_SOURCE's checked functions. */
size_t __fread_chk(void *p, size_t plen, size_t size, size_t n, FILE *f);
size_t __fread_unlocked_chk(void *p, size_t plen, size_t size, size_t n,
			    FILE *f);
long __read_chk(int fd, void *buf, size_t n, size_t blen);
int __asprintf_chk(char **out, int flag, const char *fmt, ...);
int __vasprintf_chk(char **out, int flag, const char *fmt, va_list ap);
int __dprintf_chk(int fd, int flag, const char *fmt, ...);
int __vdprintf_chk(int fd, int flag, const char *fmt, va_list ap);
void __longjmp_chk(void *env, int val) __attribute__((noreturn));
int __swprintf_chk(wchar_t *s, size_t n, int flag, size_t slen,
		   const wchar_t *fmt, ...);
int __vswprintf_chk(wchar_t *s, size_t n, int flag, size_t slen,
		    const wchar_t *fmt, va_list ap);

#endif
