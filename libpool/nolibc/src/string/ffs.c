#include <strings.h>

/* The 1-based index of the lowest set bit, 0 for none. */
int ffs(int v)
{
	return __builtin_ffs(v);
}

int ffsl(long v)
{
	return __builtin_ffsl(v);
}

int ffsll(long long v)
{
	return __builtin_ffsll(v);
}
