/* Formatting into a memory buffer, shared by vsnprintf (doubles included)
 * and vsniprintf (without): its own member, so that neither pulls the
 * other's float policy. */
#include "stdio_impl.h"

/* Keeps what fits (size - 1 bytes), counts the rest. */
static void buf_write(struct _nolibc_sink *s, const char *p, size_t n)
{
	size_t pos = s->count - n, i;

	for (i = 0; i < n && pos + i + 1 < s->size; i++)
		s->buf[pos + i] = p[i];
}

int _nolibc_vsnfmt(char *buf, size_t size, const char *fmt, va_list ap,
		   _nolibc_float_fn *flt)
{
	struct _nolibc_sink s = { .write = buf_write, .flt = flt, .buf = buf,
				  .size = size };
	int n = _nolibc_vfmt(&s, fmt, ap);

	if (size)
		buf[s.count < size ? s.count : size - 1] = '\0';
	return n;
}
