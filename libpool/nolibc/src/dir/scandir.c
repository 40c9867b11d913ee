#include "dir.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

int scandir(const char *path, struct dirent ***list,
	    int (*filter)(const struct dirent *),
	    int (*cmp)(const struct dirent **, const struct dirent **))
{
	DIR *d = opendir(path);
	struct dirent *e, **v = NULL, **nv;
	size_t n = 0, cap = 0;
	int err;

	if (!d)
		return -1;
	errno = 0;
	while ((e = readdir(d))) {
		if (filter && !filter(e))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			nv = realloc(v, cap * sizeof(*v));
			if (!nv)
				break;
			v = nv;
		}
		v[n] = malloc(sizeof(*e));
		if (!v[n])
			break;
		memcpy(v[n++], e, sizeof(*e));
	}
	err = errno;
	closedir(d);
	if (err) {
		while (n)
			free(v[--n]);
		free(v);
		errno = err;
		return -1;
	}
	if (cmp)
		qsort(v, n, sizeof(*v),
		      (int (*)(const void *, const void *))cmp);
	*list = v;
	return n;
}

int alphasort(const struct dirent **a, const struct dirent **b)
{
	return strcoll((*a)->d_name, (*b)->d_name);
}
