#include "stdio_impl.h"

/* Keeps what fits (size - 1 bytes), counts the rest. */
static void buf_write(struct _nolibc_sink *s, const char *p, size_t n)
{
	size_t pos = s->count - n, i;

	for (i = 0; i < n && pos + i + 1 < s->size; i++)
		s->buf[pos + i] = p[i];
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct _nolibc_sink s = { .write = buf_write, .buf = buf,
				  .size = size };
	int n = _nolibc_vfmt(&s, fmt, ap);

	if (size)
		buf[s.count < size ? s.count : size - 1] = '\0';
	return n;
}
