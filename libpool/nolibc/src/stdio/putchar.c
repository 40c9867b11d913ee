#include "stdio_impl.h"

int putchar(int c)
{
	return fputc(c, stdout);
}

int putchar_unlocked(int c) __attribute__((alias("putchar")));
