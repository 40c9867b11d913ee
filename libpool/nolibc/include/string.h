/* String handling (C11 7.24) plus the POSIX/BSD extras applications expect.
 * Each function is its own archive member (src/string/). */
#ifndef _STRING_H
#define _STRING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Copies @n bytes from @src to @dst (must not overlap); returns @dst. */
void *memcpy(void *dst, const void *src, size_t n);
/* Copies @n bytes from @src to @dst, which may overlap; returns @dst. */
void *memmove(void *dst, const void *src, size_t n);
/* Fills @n bytes at @dst with (unsigned char)@c; returns @dst. */
void *memset(void *dst, int c, size_t n);
/* Compares @n bytes as unsigned char: <0, 0 or >0. */
int bcmp(const void *a, const void *b, size_t n);
int memcmp(const void *a, const void *b, size_t n);
/* Returns the first of the @n bytes at @s equal to (unsigned char)@c, or
 * NULL. */
void *memchr(const void *s, int c, size_t n);
/* Returns the last of the @n bytes at @s equal to (unsigned char)@c, or
 * NULL. */
void *memrchr(const void *s, int c, size_t n);

/* Returns the length of @s. */
size_t strlen(const char *s);
/* Returns the length of @s, at most @max (reads at most @max bytes). */
size_t strnlen(const char *s, size_t max);
/* Copies @src with its NUL to @dst; returns @dst. */
char *strcpy(char *dst, const char *src);
/* Copies at most @n bytes of @src to @dst, padding with NULs to @n; the
 * result is not terminated when @src is @n bytes or longer. Returns @dst. */
char *strncpy(char *dst, const char *src, size_t n);
/* Copies @src to @dst; returns a pointer to @dst's terminating NUL. */
char *stpcpy(char *dst, const char *src);
/* Appends @src to @dst; returns @dst. */
char *strcat(char *dst, const char *src);
/* Appends at most @n bytes of @src and a NUL to @dst; returns @dst. */
char *strncat(char *dst, const char *src, size_t n);
/* Copies @src into the @size-byte buffer @dst, always NUL-terminated when
 * @size > 0; returns strlen(@src) (truncation when >= @size). */
size_t strlcpy(char *dst, const char *src, size_t size);
/* Appends @src to @dst within a @size-byte buffer, always terminated;
 * returns the length it tried to create. */
size_t strlcat(char *dst, const char *src, size_t size);
/* Compares two strings as unsigned char: <0, 0 or >0. */
int strcmp(const char *a, const char *b);
/* Compares at most @n bytes of two strings. */
int strncmp(const char *a, const char *b, size_t n);
/* Returns the first @c (which may be NUL) in @s, or NULL. */
char *strchr(const char *s, int c);
/* Returns the last @c (which may be NUL) in @s, or NULL. */
char *strrchr(const char *s, int c);
/* Returns the first occurrence of @needle in @hay, or NULL; an empty
 * @needle matches at @hay. */
char *strstr(const char *hay, const char *needle);
/* Returns the first byte of @s that is in @set, or NULL. */
char *strpbrk(const char *s, const char *set);
/* Returns the length of the prefix of @s made of bytes in @set. */
size_t strspn(const char *s, const char *set);
/* Returns the length of the prefix of @s made of bytes not in @set. */
size_t strcspn(const char *s, const char *set);
/* Splits @s (NULL to continue with *@save) into tokens separated by bytes
 * of @delim; returns the next token, NUL-terminated in place, or NULL. */
char *strtok_r(char *s, const char *delim, char **save);
/* strtok_r() with one hidden, global state (not reentrant). */
char *strtok(char *s, const char *delim);
/* Returns a malloc()ed copy of @s, or NULL with errno ENOMEM. */
char *strdup(const char *s);
/* Returns a malloc()ed copy of at most @n bytes of @s, NUL-terminated, or
 * NULL with errno ENOMEM. */
char *strndup(const char *s, size_t n);
/* Returns a constant message describing error number @err. */
char *strerror(int err);
/* glibc's (GNU) strerror_r: the message (constant; @buf unused). */
char *strerror_r(int err, char *buf, size_t n);
/* The same, or NULL for an unknown number (glibc 2.32). */
const char *strerrordesc_np(int err);

/* The next token of *@sp up to a byte of @delim, NUL-ended in place;
 * *@sp moves past it (NULL after the last). */
char *strsep(char **sp, const char *delim);
/* The first @nn-byte @needle in the @hn bytes at @hay, or NULL. */
void *memmem(const void *hay, size_t hn, const void *needle, size_t nn);
/* memcpy returning @dst + @n; strncpy returning the end of the copy. */
void *mempcpy(void *dst, const void *src, size_t n);
char *stpncpy(char *dst, const char *src, size_t n);
/* strstr ignoring ASCII case. */
char *strcasestr(const char *hay, const char *needle);
/* Version order: digit runs compare as numbers (GNU). */
int strverscmp(const char *a, const char *b);
/* strchr, but a pointer to @s's NUL when @c is not in it (GNU). */
char *strchrnul(const char *s, int c);
/* Collation (the C and C.UTF-8 locales: byte order): strcmp, and the
 * key is the string itself. */
int strcoll(const char *a, const char *b);
size_t strxfrm(char *dst, const char *src, size_t n);

/* Case-insensitive (ASCII) comparison of two strings. */
int strcasecmp(const char *a, const char *b);
/* Case-insensitive (ASCII) comparison of at most @n bytes. */
int strncasecmp(const char *a, const char *b, size_t n);

#ifdef __cplusplus
}
#endif

#endif
