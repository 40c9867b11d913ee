#include "compat.h"

/* struct rlimit64 is struct rlimit on x86_64. */
int getrlimit64(int what, void *r)
{
	return _glibccompat_getrlimit(what, r);
}

int setrlimit64(int what, const void *r)
{
	return _glibccompat_setrlimit(what, r);
}
