#include "stdio_impl.h"
#include <string.h>

char *fgets(char *s, int n, FILE *f)
{
	char *p = s, *nl = 0;
	size_t k;

	if (n <= 0)
		return NULL;
	for (n--; n && !nl; n -= k) {
		k = f->rend - f->rpos;
		if (!k && !(k = _nolibc_fill(f)))
			break;
		if (k > (size_t)n)
			k = n;
		nl = memchr(f->rpos, '\n', k);
		if (nl)
			k = nl - f->rpos + 1;
		memcpy(p, f->rpos, k);
		f->rpos += k;
		p += k;
	}
	/* NULL at end of file with nothing read, and on a read error. */
	if ((p == s && n) || (!nl && n && f->flags & _NOLIBC_F_ERR))
		return NULL;
	*p = 0;
	return s;
}

char *fgets_unlocked(char *s, int n, FILE *f) __attribute__((alias("fgets")));
