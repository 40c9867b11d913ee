/* realpath: the path walked component by component, links read and
 * spliced in front of what is left (40 at most, as the kernel's). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Drops the last component of the absolute path @res (not the root). */
static void up(char *res)
{
	char *s = strrchr(res, '/');

	s[s == res] = 0;
}

/* Puts @head and @tail (which starts with '/' or is empty) into @rest
 * (PATH_MAX bytes): 0 or -1. */
static int splice(char *rest, const char *head, size_t hlen,
		  const char *tail)
{
	size_t tlen = strlen(tail);

	if (hlen + tlen + 1 > PATH_MAX)
		return -1;
	memmove(rest + hlen, tail, tlen + 1);
	memcpy(rest, head, hlen);
	return 0;
}

static int resolve(const char *path, char *res, char *rest, char *lnk)
{
	const char *p;
	struct stat st;
	size_t n, len;
	ssize_t k;
	int links = 0;

	if (!*path)
		return ENOENT;
	if (strlen(path) >= PATH_MAX)
		return ENAMETOOLONG;
	if (*path == '/')
		strcpy(res, "/");
	else if (!getcwd(res, PATH_MAX))
		return errno;
	strcpy(rest, path);
	for (p = rest; *p; p += n) {
		while (*p == '/')
			p++;
		n = strcspn(p, "/");
		if (!n || (n == 1 && *p == '.'))
			continue;
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (res[1])
				up(res);
			continue;
		}
		len = strlen(res);
		if (len + (len > 1) + n + 1 > PATH_MAX)
			return ENAMETOOLONG;
		if (len > 1)
			res[len++] = '/';
		memcpy(res + len, p, n);
		res[len + n] = 0;
		if (lstat(res, &st) < 0)
			return errno;
		if (S_ISLNK(st.st_mode)) {
			if (++links > 40)
				return ELOOP;
			k = readlink(res, lnk, PATH_MAX - 1);
			if (k < 0)
				return errno;
			up(res);
			if (*lnk == '/')
				strcpy(res, "/");
			if (splice(rest, lnk, k, p + n))
				return ENAMETOOLONG;
			p = rest;
			n = 0;
		} else if (p[n] && !S_ISDIR(st.st_mode)) {
			return ENOTDIR;
		}
	}
	return 0;
}

char *realpath(const char *path, char *out)
{
	char *res = out ? out : malloc(PATH_MAX);
	char *rest = malloc(2 * PATH_MAX);
	int e = res && rest ? resolve(path, res, rest, rest + PATH_MAX)
			    : ENOMEM;

	free(rest);
	if (e) {
		if (!out)
			free(res);
		errno = e;
		return NULL;
	}
	return res;
}
