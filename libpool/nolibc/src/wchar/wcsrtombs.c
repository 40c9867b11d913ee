#include <string.h>
#include <wchar.h>

/* Up to @n bytes of whole characters from *@src (NULL @dst: counts
 * them); *@src becomes NULL at its terminator. */
size_t wcsrtombs(char *dst, const wchar_t **src, size_t n, mbstate_t *ps)
{
	const wchar_t *s = *src;
	size_t count = 0, r;
	char buf[4];

	(void)ps;
	for (;; s++) {
		r = wcrtomb(buf, *s, NULL);
		if (r == (size_t)-1) {
			if (dst)
				*src = s;
			return (size_t)-1;
		}
		if (dst && count + r > n) {
			*src = s;
			return count;
		}
		if (dst)
			memcpy(dst + count, buf, r);
		if (!*s) {
			if (dst)
				*src = NULL;
			return count;
		}
		count += r;
	}
}

size_t wcstombs(char *dst, const wchar_t *src, size_t n)
{
	return wcsrtombs(dst, &src, n, NULL);
}
