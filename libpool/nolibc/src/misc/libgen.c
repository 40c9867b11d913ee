/* basename and dirname. basename is glibc's (the symbol glibc-compiled
 * programs call): what follows the last '/', "" after a trailing one;
 * @path is not changed. dirname is POSIX's: it may change @path. */
#include <libgen.h>
#include <string.h>

char *basename(const char *path)
{
	const char *s = strrchr(path, '/');

	return (char *)(s ? s + 1 : path);
}

char *dirname(char *path)
{
	char *e;

	if (!path || !*path)
		return ".";
	e = path + strlen(path) - 1;
	while (e > path && *e == '/')
		e--;			/* trailing slashes */
	while (e >= path && *e != '/')
		e--;			/* the last component */
	if (e < path)
		return ".";
	while (e > path && *e == '/')
		e--;			/* the slashes before it */
	e[1] = 0;
	return path;
}
