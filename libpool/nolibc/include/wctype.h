/* Wide character classes and case (C11 7.30): exact for ASCII and
 * Latin-1; beyond, in C.UTF-8, the letters of the common scripts (Latin,
 * Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai, CJK, Hangul)
 * and the case pairs of Latin, Greek and Cyrillic. In C only values up to
 * 127 have classes. docs/nolibc.md. */
#ifndef _WCTYPE_H
#define _WCTYPE_H

#include <wchar.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned long wctype_t;
typedef const int *wctrans_t;

int iswalnum(wint_t c);
int iswalpha(wint_t c);
int iswblank(wint_t c);
int iswcntrl(wint_t c);
int iswdigit(wint_t c);
int iswgraph(wint_t c);
int iswlower(wint_t c);
int iswprint(wint_t c);
int iswpunct(wint_t c);
int iswspace(wint_t c);
int iswupper(wint_t c);
int iswxdigit(wint_t c);
/* "alnum" "alpha" "blank" "cntrl" "digit" "graph" "lower" "print"
 * "punct" "space" "upper" "xdigit", or 0. */
wctype_t wctype(const char *name);
int iswctype(wint_t c, wctype_t type);
wint_t towlower(wint_t c);
wint_t towupper(wint_t c);
/* "tolower" "toupper", or 0. */
wctrans_t wctrans(const char *name);
wint_t towctrans(wint_t c, wctrans_t t);

#ifdef __cplusplus
}
#endif

#endif
