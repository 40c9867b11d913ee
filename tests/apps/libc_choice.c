/* A glibc-ABI program (gcc -c against glibc's headers) that calls what
 * only newlib has in the pool (a64l, strverscmp: no nolibc member will
 * grow them) besides glibc's stdio and errno (stdout, stderr,
 * __errno_location, putc's inline path): uklink must pick newlib for it
 * without --libc (tests/test_libc_choice.py). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	long v = a64l("./");
	int c = strverscmp("a2", "a10");

	errno = 0;
	if (!fopen("/nonexistent/file", "r"))
		fprintf(stderr, "fopen: %s\n", strerror(errno));
	printf("a64l=%ld strverscmp<0=%d arg=%s\n", v, c < 0,
	       argc > 1 ? argv[1] : "-");
	fflush(stdout);
	putc('!', stdout);
	putc('\n', stdout);
	return v == 64 && c < 0 && errno == ENOENT ? 0 : 1;
}
