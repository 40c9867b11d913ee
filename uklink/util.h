/* util.h: allocation that never fails, growable arrays, a string map, a
 * byte buffer, whole-file reading and small string helpers (util.c).
 * No uklink state: every module may use it. */
#ifndef UKLINK_UTIL_H
#define UKLINK_UTIL_H

#include <stddef.h>

/* A growable array of owned strings (argv-like, NULL-terminated). */
struct uk_strv {
	char **v;
	int n, cap;
};

/* String -> int hash map; keys are copied. */
struct uk_map {
	char **keys;
	int *vals;
	size_t cap, n;
};

/* A growable byte buffer. */
struct uk_buf {
	char *p;
	size_t n, cap;
};

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t sz);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* Grow *v (of *cap elements of size sz) so that index n is valid. */
void grow(void *vp, int *cap, int n, size_t sz);
#define VPUSH(arr, n, cap) (grow(&(arr), &(cap), (n), sizeof(*(arr))), &(arr)[(n)++])

void strv_push(struct uk_strv *s, const char *str);
void strv_pushf(struct uk_strv *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strv_free(struct uk_strv *s);
/* Split s at blanks into words appended to out. */
void strv_split(struct uk_strv *out, const char *s);

int map_get(const struct uk_map *m, const char *key); /* -1 if absent */
void map_put(struct uk_map *m, const char *key, int val);
void map_free(struct uk_map *m);

void buf_add(struct uk_buf *b, const void *p, size_t n);
void buf_adds(struct uk_buf *b, const char *s);
void buf_printf(struct uk_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Read a whole file; returns 0 or -errno. */
int read_whole(const char *path, char **data, size_t *len);
int is_dir(const char *path);
int is_file(const char *path);
/* REL resolved against the directory of the running uklink binary
 * (owned), or NULL. */
char *beside_exe(const char *rel);
/* Levenshtein distance, for "did you mean" hints. */
int edit_distance(const char *a, const char *b);
/* Quote an argument for a POSIX shell if needed (result is owned). */
char *shell_quote(const char *s);

#endif
