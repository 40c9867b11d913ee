/* Multibyte to wide: UTF-8 in C.UTF-8 (shortest forms only, no
 * surrogates, up to U+10FFFF), one byte per character in C. A character
 * split across calls waits in the mbstate_t: bytes still to come, the
 * sequence's length, and the bits so far. */
#include <errno.h>
#include <wchar.h>
#include "../locale/locale_impl.h"

static const unsigned int least[5] = { 0, 0, 0x80, 0x800, 0x10000 };

size_t mbrtowc(wchar_t *pwc, const char *s, size_t n, mbstate_t *ps)
{
	static mbstate_t internal;
	unsigned int need, len, v;
	size_t used = 0;
	unsigned char c;

	if (!ps)
		ps = &internal;
	if (!s) {
		s = "";
		n = 1;
		pwc = NULL;
	}
	if (!n)
		return (size_t)-2;
	if (!_nolibc_utf8) {
		c = *s;
		if (pwc)
			*pwc = c;
		return c ? 1 : 0;
	}
	need = ps->__count & 0xff;
	len = ps->__count >> 8;
	v = ps->__value.__wch;
	if (!need) {
		c = s[used++];
		if (c < 0x80) {
			if (pwc)
				*pwc = c;
			return c ? 1 : 0;
		}
		len = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 && c < 0xf0 ? 3 :
		      c >= 0xc2 && c < 0xe0 ? 2 : 0;
		if (!len)
			goto bad;
		v = c & (0x7f >> len);
		need = len - 1;
	}
	for (; need && used < n; need--) {
		c = s[used++];
		if ((c & 0xc0) != 0x80)
			goto bad;
		v = v << 6 | (c & 0x3f);
	}
	if (need) {
		ps->__count = len << 8 | need;
		ps->__value.__wch = v;
		return (size_t)-2;
	}
	ps->__count = 0;
	if (v < least[len] || v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
		goto bad;
	if (pwc)
		*pwc = v;
	return v ? used : 0;
bad:
	ps->__count = 0;
	errno = EILSEQ;
	return (size_t)-1;
}

size_t mbrlen(const char *s, size_t n, mbstate_t *ps)
{
	static mbstate_t internal;

	return mbrtowc(NULL, s, n, ps ? ps : &internal);
}

int mbsinit(const mbstate_t *ps)
{
	return !ps || !ps->__count;
}
