/* glibc's tolower() in <ctype.h> may read (*__ctype_tolower_loc())[c],
 * an int32 table from -128 to 255. As glibc's "C" locale: A-Z change, a
 * negative (signed char) byte maps to its unsigned value, EOF to itself. */
#include "compat.h"

#define L(c)	((c) == -1 ? -1 : (c) < 0 ? (c) + 256 : \
		 (c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))
#define L4(c)	L(c), L((c) + 1), L((c) + 2), L((c) + 3)
#define L16(c)	L4(c), L4((c) + 4), L4((c) + 8), L4((c) + 12)
#define L64(c)	L16(c), L16((c) + 16), L16((c) + 32), L16((c) + 48)

static const int32_t table[384] = {
	L64(-128), L64(-64), L64(0), L64(64), L64(128), L64(192)
};
static const int32_t *const table_at0 = table + 128;

const int32_t **__ctype_tolower_loc(void)
{
	return (const int32_t **)&table_at0;
}
