/* Case mapping: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic and
 * the full-width Latin letters (C.UTF-8); ASCII only in C. */
#include <ctype.h>
#include <string.h>
#include <wctype.h>
#include "../locale/locale_impl.h"

/* Ranges of upper-case letters whose lower case is @delta above, every
 * @step-th letter (2: alternate upper/lower pairs), skipping @skip. */
static const struct {
	unsigned int lo, hi, delta, step, skip;
} pairs[] = {
	{ 0xc0, 0xde, 0x20, 1, 0xd7 }, { 0x100, 0x12e, 1, 2, 0 },
	{ 0x132, 0x136, 1, 2, 0 }, { 0x139, 0x147, 1, 2, 0 },
	{ 0x14a, 0x176, 1, 2, 0 }, { 0x179, 0x17d, 1, 2, 0 },
	{ 0x391, 0x3ab, 0x20, 1, 0x3a2 }, { 0x400, 0x40f, 0x50, 1, 0 },
	{ 0x410, 0x42f, 0x20, 1, 0 }, { 0xff21, 0xff3a, 0x20, 1, 0 },
	{ 0x178, 0x178, 0xff - 0x178, 1, 0 },
};

/* @c mapped by the table: to lower (@dir 1) or to upper (@dir -1). */
static wint_t map(wint_t c, int dir)
{
	unsigned int i, u;

	if (!_nolibc_utf8)
		return c;
	for (i = 0; i < sizeof(pairs) / sizeof(*pairs); i++) {
		u = dir > 0 ? c : c - pairs[i].delta;
		if (u >= pairs[i].lo && u <= pairs[i].hi && u != pairs[i].skip &&
		    (u - pairs[i].lo) % pairs[i].step == 0)
			return dir > 0 ? c + pairs[i].delta : u;
	}
	return c;
}

wint_t towlower(wint_t c)
{
	return c < 0x80 ? (wint_t)tolower(c) : map(c, 1);
}

wint_t towupper(wint_t c)
{
	return c < 0x80 ? (wint_t)toupper(c) : map(c, -1);
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
