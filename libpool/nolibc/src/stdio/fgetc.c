#include "stdio_impl.h"

/* The inline path of glibc's getc, then __uflow. */
int fgetc(FILE *f)
{
	if (f->rpos < f->rend)
		return (unsigned char)*f->rpos++;
	return __uflow(f);
}

/* getc is fgetc: no macro tricks, one member. */
int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(stdin);
}

int fgetc_unlocked(FILE *f) __attribute__((alias("fgetc")));
int getc_unlocked(FILE *f) __attribute__((alias("fgetc")));
int getchar_unlocked(void) __attribute__((alias("getchar")));
