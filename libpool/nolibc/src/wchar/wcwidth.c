/* Terminal columns (C.UTF-8): combining marks and zero-width characters
 * take 0, East Asian wide and emoji blocks 2, other printable ones 1;
 * in C, printable ASCII takes 1 and other bytes -1. */
#include <wchar.h>
#include <wctype.h>
#include "../locale/locale_impl.h"

static const unsigned int zero[][2] = {
	{ 0x300, 0x36f }, { 0x483, 0x489 }, { 0x591, 0x5bd }, { 0x610, 0x61a },
	{ 0x64b, 0x65f }, { 0x900, 0x902 }, { 0x93c, 0x93c }, { 0x941, 0x948 },
	{ 0xe31, 0xe31 }, { 0xe34, 0xe3a }, { 0x1160, 0x11ff },
	{ 0x200b, 0x200f }, { 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f },
	{ 0xfe20, 0xfe2f },
};
static const unsigned int two[][2] = {
	{ 0x1100, 0x115f }, { 0x2e80, 0x303e }, { 0x3041, 0x33ff },
	{ 0x3400, 0x4dbf }, { 0x4e00, 0x9fff }, { 0xa000, 0xa4cf },
	{ 0xac00, 0xd7a3 }, { 0xf900, 0xfaff }, { 0xfe30, 0xfe4f },
	{ 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x1f300, 0x1f64f },
	{ 0x1f900, 0x1f9ff }, { 0x20000, 0x2fffd }, { 0x30000, 0x3fffd },
};

static int in(unsigned int c, const unsigned int (*r)[2], int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (c >= r[i][0] && c <= r[i][1])
			return 1;
	return 0;
}

int wcwidth(wchar_t wc)
{
	unsigned int c = wc;

	if (!c)
		return 0;
	if (!iswprint(c))
		return -1;
	if (c < 0x300)
		return 1;
	if (in(c, zero, sizeof(zero) / sizeof(*zero)))
		return 0;
	return in(c, two, sizeof(two) / sizeof(*two)) ? 2 : 1;
}

int wcswidth(const wchar_t *s, size_t n)
{
	int sum = 0, w;

	for (; n && *s; s++, n--) {
		w = wcwidth(*s);
		if (w < 0)
			return -1;
		sum += w;
	}
	return sum;
}
