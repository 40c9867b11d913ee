#include <string.h>

/* Compilers turn memcmp(...) == 0 into bcmp: only equality matters. */
int bcmp(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n) != 0;
}
