/* glibc's toupper() in <ctype.h> may read (*__ctype_toupper_loc())[c],
 * an int32 table from -128 to 255. As glibc's "C" locale: a-z change, a
 * negative (signed char) byte maps to its unsigned value, EOF to itself. */
#include "compat.h"

#define L(c)	((c) == -1 ? -1 : (c) < 0 ? (c) + 256 : \
		 (c) >= 'a' && (c) <= 'z' ? (c) - 32 : (c))

static const int32_t table[384] = {
	CTYPE_64(L, -128), CTYPE_64(L, -64), CTYPE_64(L, 0),
	CTYPE_64(L, 64), CTYPE_64(L, 128), CTYPE_64(L, 192)
};
static const int32_t *const table_at0 = table + 128;

const int32_t **__ctype_toupper_loc(void)
{
	return (const int32_t **)&table_at0;
}
