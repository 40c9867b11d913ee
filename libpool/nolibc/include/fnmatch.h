/* File name patterns (POSIX), glibc's flag values. */
#ifndef _FNMATCH_H
#define _FNMATCH_H

#ifdef __cplusplus
extern "C" {
#endif

#define FNM_NOESCAPE	0x02
#define FNM_PATHNAME	0x01
#define FNM_PERIOD	0x04
#define FNM_LEADING_DIR	0x08
#define FNM_CASEFOLD	0x10
#define FNM_NOMATCH	1

/* 0 if @s matches @pat, else FNM_NOMATCH. */
int fnmatch(const char *pat, const char *s, int flags);

#ifdef __cplusplus
}
#endif

#endif
