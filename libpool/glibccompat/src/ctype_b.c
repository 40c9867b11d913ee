/* glibc's <ctype.h> classifies through a table: isalpha(c) is
 * (*__ctype_b_loc())[c] & _ISalpha, for c from -128 (signed char) to 255.
 * This is the "C" locale's table, built at compile time. */
#include "compat.h"

/* glibc's _ISbit(n) on a little-endian machine: the bits of a 16-bit
 * big-endian mask. */
#define BIT(n)	((n) < 8 ? (1 << (n)) << 8 : (1 << (n)) >> 8)

#define UP(c)	((c) >= 'A' && (c) <= 'Z')
#define LO(c)	((c) >= 'a' && (c) <= 'z')
#define DIG(c)	((c) >= '0' && (c) <= '9')
#define XDIG(c)	(DIG(c) || ((c) >= 'a' && (c) <= 'f') || \
		 ((c) >= 'A' && (c) <= 'F'))
#define SP(c)	((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))
#define PRT(c)	((c) >= 0x20 && (c) < 0x7f)
#define GRA(c)	((c) > 0x20 && (c) < 0x7f)
#define BLK(c)	((c) == ' ' || (c) == '\t')
#define CNT(c)	((c) < 0x20 || (c) == 0x7f)
#define PUN(c)	(GRA(c) && !UP(c) && !LO(c) && !DIG(c))

#define C(c)	((unsigned short)( \
	(UP(c) ? BIT(0) : 0) | (LO(c) ? BIT(1) : 0) | \
	(UP(c) || LO(c) ? BIT(2) : 0) | (DIG(c) ? BIT(3) : 0) | \
	(XDIG(c) ? BIT(4) : 0) | (SP(c) ? BIT(5) : 0) | \
	(PRT(c) ? BIT(6) : 0) | (GRA(c) ? BIT(7) : 0) | \
	(BLK(c) ? BIT(8) : 0) | (CNT(c) ? BIT(9) : 0) | \
	(PUN(c) ? BIT(10) : 0) | (UP(c) || LO(c) || DIG(c) ? BIT(11) : 0)))

/* -128..-1 (bytes above 0x7f, and EOF) are in no class. */
static const unsigned short table[384] = {
	[128] = CTYPE_64(C, 0), CTYPE_64(C, 64)
};
static const unsigned short *const table_at0 = table + 128;

const unsigned short **__ctype_b_loc(void)
{
	return (const unsigned short **)&table_at0;
}
