/* Path name patterns (POSIX), glibc's glob_t and values: patterns of
 * fnmatch() per component; GLOB_ERR MARK NOSORT DOOFFS NOCHECK APPEND
 * NOESCAPE PERIOD ONLYDIR NOMAGIC are honoured, GLOB_BRACE and
 * GLOB_TILDE are not (the pattern is taken literally there). */
#ifndef _GLOB_H
#define _GLOB_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GLOB_ERR	(1 << 0)
#define GLOB_MARK	(1 << 1)
#define GLOB_NOSORT	(1 << 2)
#define GLOB_DOOFFS	(1 << 3)
#define GLOB_NOCHECK	(1 << 4)
#define GLOB_APPEND	(1 << 5)
#define GLOB_NOESCAPE	(1 << 6)
#define GLOB_PERIOD	(1 << 7)
#define GLOB_MAGCHAR	(1 << 8)
#define GLOB_ALTDIRFUNC	(1 << 9)
#define GLOB_BRACE	(1 << 10)
#define GLOB_NOMAGIC	(1 << 11)
#define GLOB_TILDE	(1 << 12)
#define GLOB_ONLYDIR	(1 << 13)

#define GLOB_NOSPACE	1
#define GLOB_ABORTED	2
#define GLOB_NOMATCH	3
#define GLOB_NOSYS	4

typedef struct {
	size_t gl_pathc;
	char **gl_pathv;
	size_t gl_offs;
	int gl_flags;
	void (*gl_closedir)(void *);
	void *(*gl_readdir)(void *);
	void *(*gl_opendir)(const char *);
	int (*gl_lstat)(const char *, void *);
	int (*gl_stat)(const char *, void *);
} glob_t;

int glob(const char *pat, int flags, int (*errfunc)(const char *, int),
	 glob_t *g);
void globfree(glob_t *g);

#ifdef __cplusplus
}
#endif

#endif
