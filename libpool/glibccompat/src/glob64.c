#include "compat.h"

/* glob64_t is glob_t on x86_64 (its directory and stat callbacks take
 * struct dirent64 and struct stat64, the same structures). */
int glob64(const char *pat, int flags, int (*err)(const char *, int), void *g)
{
	return _glibccompat_glob(pat, flags, err, g);
}

void globfree64(void *g)
{
	_glibccompat_globfree(g);
}
