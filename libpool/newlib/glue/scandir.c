/* scandir and alphasort over opendir and readdir (dir.c). */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

int alphasort(const struct dirent **a, const struct dirent **b)
{
	return strcoll((*a)->d_name, (*b)->d_name);
}

static int (*scan_cmp)(const struct dirent **, const struct dirent **);

static int by_cmp(const void *a, const void *b)
{
	return scan_cmp((const struct dirent **)a, (const struct dirent **)b);
}

int scandir(const char *path, struct dirent ***list,
	    int (*keep)(const struct dirent *),
	    int (*cmp)(const struct dirent **, const struct dirent **))
{
	DIR *d = opendir(path);
	struct dirent *e, **v = NULL, **nv;
	size_t n = 0;

	if (!d)
		return -1;
	while ((e = readdir(d))) {
		if (keep && !keep(e))
			continue;
		nv = realloc(v, (n + 1) * sizeof(*v));
		if (!nv || !(nv[n] = malloc(sizeof(*e)))) {
			v = nv ? nv : v;
			while (n)
				free(v[--n]);
			free(v);
			closedir(d);
			errno = ENOMEM;
			return -1;
		}
		v = nv;
		memcpy(v[n++], e, sizeof(*e));
	}
	closedir(d);
	if (cmp) {
		scan_cmp = cmp;
		qsort(v, n, sizeof(*v), by_cmp);
	}
	*list = v;
	return (int)n;
}
