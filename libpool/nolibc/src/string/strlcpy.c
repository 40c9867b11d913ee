#include <string.h>

size_t strlcpy(char *dst, const char *src, size_t size)
{
	size_t n = strlen(src), k;

	if (size) {
		k = n < size - 1 ? n : size - 1;
		memcpy(dst, src, k);
		dst[k] = '\0';
	}
	return n;
}
