#include "compat.h"

int scandir64(const char *path, void *list, int (*keep)(const void *),
	      int (*cmp)(const void *, const void *))
{
	return _glibccompat_scandir(path, list, keep, cmp);
}

int alphasort64(const void *a, const void *b)
{
	return _glibccompat_alphasort(a, b);
}
