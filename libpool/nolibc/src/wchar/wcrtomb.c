#include <errno.h>
#include <wchar.h>
#include "../locale/locale_impl.h"

size_t wcrtomb(char *s, wchar_t wc, mbstate_t *ps)
{
	unsigned int v = wc;

	if (ps)
		ps->__count = 0;
	if (!s)
		return 1;
	if (!_nolibc_utf8 || v < 0x80) {
		if (v > 0xff)
			goto bad;
		*s = v;
		return 1;
	}
	if (v < 0x800) {
		s[0] = 0xc0 | v >> 6;
		s[1] = 0x80 | (v & 0x3f);
		return 2;
	}
	if ((v >= 0xd800 && v < 0xe000) || v > 0x10ffff)
		goto bad;
	if (v < 0x10000) {
		s[0] = 0xe0 | v >> 12;
		s[1] = 0x80 | (v >> 6 & 0x3f);
		s[2] = 0x80 | (v & 0x3f);
		return 3;
	}
	s[0] = 0xf0 | v >> 18;
	s[1] = 0x80 | (v >> 12 & 0x3f);
	s[2] = 0x80 | (v >> 6 & 0x3f);
	s[3] = 0x80 | (v & 0x3f);
	return 4;
bad:
	errno = EILSEQ;
	return (size_t)-1;
}
