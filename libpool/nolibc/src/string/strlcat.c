#include <string.h>

size_t strlcat(char *dst, const char *src, size_t size)
{
	size_t d = strnlen(dst, size);

	if (d == size)	/* not terminated within size: nothing to append */
		return size + strlen(src);
	return d + strlcpy(dst + d, src, size - d);
}
