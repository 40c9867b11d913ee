#include "stdio_impl.h"

/* A byte at a time: files are unbuffered, and reading ahead would move
 * the fd's offset past the line. */
char *fgets(char *s, int n, FILE *f)
{
	int i = 0;

	if (n <= 0)
		return NULL;
	while (i < n - 1 && _nolibc_fread(f, s + i, 1))
		if (s[i++] == '\n')
			break;
	if (!i || f->err)
		return NULL;
	s[i] = 0;
	return s;
}
