/* The multibyte functions with hidden state (C89). */
#include <stdlib.h>
#include <wchar.h>

int mbtowc(wchar_t *pwc, const char *s, size_t n)
{
	static mbstate_t st;
	size_t r;

	if (!s) {
		st = (mbstate_t){ 0 };
		return 0;	/* UTF-8 has no shift states */
	}
	r = mbrtowc(pwc, s, n, &st);
	if (r == (size_t)-2) {
		st = (mbstate_t){ 0 };
		return -1;	/* incomplete: invalid here */
	}
	return (int)r;
}

int mblen(const char *s, size_t n)
{
	return mbtowc(NULL, s, n);
}

int wctomb(char *s, wchar_t wc)
{
	return s ? (int)wcrtomb(s, wc, NULL) : 0;
}
