#include "stdio_impl.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

/* Reads up to and including @delim into *@line (malloc()ed, grown as
 * needed, *@cap its size); the count, or -1 at end of file with nothing
 * read or on error. */
ssize_t getdelim(char **line, size_t *cap, int delim, FILE *f)
{
	size_t n = 0, k, need;
	char *d = 0, *p;

	if (!line || !cap) {
		errno = EINVAL;
		return -1;
	}
	if (!*line)
		*cap = 0;
	while (!d) {
		k = f->rend - f->rpos;
		if (!k && !(k = _nolibc_fill(f)))
			break;
		d = memchr(f->rpos, delim, k);
		if (d)
			k = d - f->rpos + 1;
		need = n + k + 1;
		if (need > *cap) {
			need += need / 2 + 64;
			p = realloc(*line, need);
			if (!p) {
				f->flags |= _NOLIBC_F_ERR;
				return -1;
			}
			*line = p;
			*cap = need;
		}
		memcpy(*line + n, f->rpos, k);
		f->rpos += k;
		n += k;
	}
	if (!n) {
		/* POSIX wants a buffer even then; glibc leaves its text. */
		if (!*cap && (*line = malloc(1)))
			**line = 0, *cap = 1;
		return -1;
	}
	(*line)[n] = 0;
	return f->flags & _NOLIBC_F_ERR && !d ? -1 : (ssize_t)n;
}

ssize_t __getdelim(char **line, size_t *cap, int delim, FILE *f)
	__attribute__((alias("getdelim")));

ssize_t getline(char **line, size_t *cap, FILE *f)
{
	return getdelim(line, cap, '\n', f);
}
