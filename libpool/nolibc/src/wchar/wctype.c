/* Wide character classes: ASCII exact (through ctype), Latin-1 and the
 * common scripts' letters beyond in C.UTF-8; in C only ASCII has any. */
#include <ctype.h>
#include <string.h>
#include <wctype.h>
#include "../locale/locale_impl.h"

/* Letters beyond ASCII: [first, last] ranges, sorted. */
static const unsigned int letters[][2] = {
	{ 0xaa, 0xaa }, { 0xb5, 0xb5 }, { 0xba, 0xba }, { 0xc0, 0xd6 },
	{ 0xd8, 0xf6 }, { 0xf8, 0x2c1 }, { 0x370, 0x373 }, { 0x376, 0x377 },
	{ 0x37b, 0x37d }, { 0x386, 0x386 }, { 0x388, 0x3ff },
	{ 0x400, 0x481 }, { 0x48a, 0x52f }, { 0x531, 0x556 },
	{ 0x561, 0x587 }, { 0x5d0, 0x5ea }, { 0x620, 0x64a },
	{ 0x904, 0x939 }, { 0xe01, 0xe30 }, { 0x10a0, 0x10ff },
	{ 0x1100, 0x11ff }, { 0x1e00, 0x1fbc }, { 0x3041, 0x3096 },
	{ 0x30a1, 0x30fa }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
	{ 0xac00, 0xd7a3 }, { 0xf900, 0xfaff }, { 0xff21, 0xff3a },
	{ 0xff41, 0xff5a }, { 0x20000, 0x2fffd },
};

static int in(unsigned int c, const unsigned int (*r)[2], int n)
{
	int lo = 0, hi = n - 1, mid;

	while (lo <= hi) {
		mid = (lo + hi) / 2;
		if (c < r[mid][0])
			hi = mid - 1;
		else if (c > r[mid][1])
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/* Beyond ASCII in C.UTF-8 (0 in C, or for ASCII: the callers ask
 * ctype then). */
static int wide(wint_t c)
{
	return _nolibc_utf8 && c > 0x7f && c <= 0x10ffff;
}

int iswalpha(wint_t c)
{
	if (c < 0x80)
		return isalpha(c);
	return wide(c) && in(c, letters, sizeof(letters) / sizeof(*letters));
}

int iswdigit(wint_t c)
{
	return c - '0' < 10;
}

int iswalnum(wint_t c)
{
	return iswdigit(c) || iswalpha(c);
}

int iswxdigit(wint_t c)
{
	return c < 0x80 && isxdigit(c);
}

int iswblank(wint_t c)
{
	if (c < 0x80)
		return isblank(c);
	return wide(c) && (c == 0x1680 || (c >= 0x2000 && c <= 0x2006) ||
			   (c >= 0x2008 && c <= 0x200a) || c == 0x205f ||
			   c == 0x3000);
}

/* As glibc: no-break spaces (U+00A0, U+2007, U+202F) are not spaces. */
int iswspace(wint_t c)
{
	if (c < 0x80)
		return isspace(c);
	return iswblank(c) || (wide(c) && (c == 0x2028 || c == 0x2029));
}

int iswcntrl(wint_t c)
{
	if (c < 0x80)
		return iscntrl(c);
	return wide(c) && (c < 0xa0 || c == 0x2028 || c == 0x2029);
}

int iswprint(wint_t c)
{
	if (c < 0x80)
		return isprint(c);
	return wide(c) && !iswcntrl(c) && !(c >= 0xd800 && c < 0xe000) &&
	       (c & 0xfffe) != 0xfffe;
}

int iswgraph(wint_t c)
{
	return iswprint(c) && !iswspace(c);
}

int iswpunct(wint_t c)
{
	return iswgraph(c) && !iswalnum(c);
}

int iswlower(wint_t c)
{
	return towupper(c) != c || c == 0xdf;
}

int iswupper(wint_t c)
{
	return towlower(c) != c;
}

static const char *const names[12] = { "alnum", "alpha", "blank", "cntrl",
	"digit", "graph", "lower", "print", "punct", "space", "upper",
	"xdigit" };
static int (*const fns[12])(wint_t) = { iswalnum, iswalpha, iswblank,
	iswcntrl, iswdigit, iswgraph, iswlower, iswprint, iswpunct,
	iswspace, iswupper, iswxdigit };

wctype_t wctype(const char *name)
{
	int i;

	for (i = 0; i < 12; i++)
		if (!strcmp(name, names[i]))
			return i + 1;
	return 0;
}

int iswctype(wint_t c, wctype_t t)
{
	return t >= 1 && t <= 12 ? fns[t - 1](c) != 0 : 0;
}
