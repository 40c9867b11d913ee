/* BSD string functions: the case-insensitive comparisons live in
 * <string.h> too. */
#ifndef _STRINGS_H
#define _STRINGS_H

#include <string.h>

#endif
