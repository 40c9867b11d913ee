#include <wchar.h>

/* Up to @n wide characters from *@src (NULL @dst: counts them all); *@src
 * becomes NULL at its terminator, or points after what was converted. */
size_t mbsrtowcs(wchar_t *dst, const char **src, size_t n, mbstate_t *ps)
{
	static mbstate_t internal;
	const char *s = *src;
	size_t count = 0, r;
	wchar_t wc;

	if (!ps)
		ps = &internal;
	while (!dst || count < n) {
		r = mbrtowc(&wc, s, 4, ps);
		if (r == (size_t)-1 || r == (size_t)-2) {
			if (dst)
				*src = s;
			return (size_t)-1;
		}
		if (dst)
			dst[count] = wc;
		if (!r) {
			if (dst)
				*src = NULL;
			return count;
		}
		s += r;
		count++;
	}
	*src = s;
	return count;
}

size_t mbstowcs(wchar_t *dst, const char *src, size_t n)
{
	mbstate_t st = { 0 };

	return mbsrtowcs(dst, &src, n, &st);
}
