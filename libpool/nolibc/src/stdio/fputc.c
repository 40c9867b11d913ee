#include "stdio_impl.h"

/* The inline path of glibc's putc, then __overflow. */
int fputc(int c, FILE *f)
{
	if (f->wpos < f->wend)
		return (unsigned char)(*f->wpos++ = c);
	return __overflow(f, c);
}

/* putc is fputc: no macro tricks, one member. */
int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int fputc_unlocked(int c, FILE *f) __attribute__((alias("fputc")));
int putc_unlocked(int c, FILE *f) __attribute__((alias("fputc")));
