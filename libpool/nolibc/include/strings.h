/* BSD string functions: the case-insensitive comparisons live in
 * <string.h> too. */
#ifndef _STRINGS_H
#define _STRINGS_H

#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The 1-based index of the lowest set bit of @v, 0 if none. */
int ffs(int v);
int ffsl(long v);
int ffsll(long long v);

#ifdef __cplusplus
}
#endif

#endif
