/* POSIX getline and getdelim, which newlib has as __getline and
 * __getdelim only (glibc's headers call __getdelim from their inline
 * getline at -O2, getline itself otherwise). */
#include <stdio.h>
#include <sys/types.h>

ssize_t getdelim(char **line, size_t *n, int delim, FILE *f);
ssize_t getline(char **line, size_t *n, FILE *f);

ssize_t getdelim(char **line, size_t *n, int delim, FILE *f)
{
	return __getdelim(line, n, delim, f);
}

ssize_t getline(char **line, size_t *n, FILE *f)
{
	return __getdelim(line, n, '\n', f);
}
