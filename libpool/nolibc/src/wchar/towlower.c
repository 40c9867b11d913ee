/* Case mapping: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic and
 * the full-width Latin letters (C.UTF-8); ASCII only in C. */
#include <ctype.h>
#include <string.h>
#include <wctype.h>
#include "../locale/locale_impl.h"

/* Latin Extended-A pairs: upper even, lower odd, except in the two
 * stretches where the upper letter is odd. */
static int ext_a_upper_odd(wint_t c)
{
	return (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e);
}

wint_t towlower(wint_t c)
{
	if (c < 0x80)
		return tolower(c);
	if (!_nolibc_utf8)
		return c;
	if ((c >= 0xc0 && c <= 0xde && c != 0xd7) ||
	    (c >= 0x391 && c <= 0x3ab && c != 0x3a2) ||
	    (c >= 0x410 && c <= 0x42f) || (c >= 0xff21 && c <= 0xff3a))
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40f)
		return c + 0x50;
	if (c == 0x178)
		return 0xff;
	if (c >= 0x100 && c <= 0x17f && c != 0x130 && c != 0x131 &&
	    c != 0x138 && c != 0x149 && c != 0x17f &&
	    (c & 1) == ext_a_upper_odd(c))
		return c + 1;
	return c;
}

wint_t towupper(wint_t c)
{
	if (c < 0x80)
		return toupper(c);
	if (!_nolibc_utf8)
		return c;
	if ((c >= 0xe0 && c <= 0xfe && c != 0xf7) ||
	    (c >= 0x3b1 && c <= 0x3cb && c != 0x3c2) ||
	    (c >= 0x430 && c <= 0x44f) || (c >= 0xff41 && c <= 0xff5a))
		return c - 0x20;
	if (c >= 0x450 && c <= 0x45f)
		return c - 0x50;
	if (c == 0xff)
		return 0x178;
	if (c >= 0x100 && c <= 0x17f && c != 0x130 && c != 0x131 &&
	    c != 0x138 && c != 0x149 && c != 0x17f &&
	    (c & 1) != ext_a_upper_odd(c))
		return c - 1;
	return c;
}

static const int lower_tag, upper_tag;

wctrans_t wctrans(const char *name)
{
	if (!strcmp(name, "tolower"))
		return &lower_tag;
	if (!strcmp(name, "toupper"))
		return &upper_tag;
	return 0;
}

wint_t towctrans(wint_t c, wctrans_t t)
{
	return t == &lower_tag ? towlower(c) : t == &upper_tag ? towupper(c) : c;
}
