/* Unique names for temporary files: the X's of a template become letters
 * and digits from a counter; the O_EXCL creation (or mkdir) decides
 * whether a name is free. There is one program in the image, so a
 * counter is as unique as randomness, and reproducible. */
#include "stdio_impl.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char digits[] =
	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

int _nolibc_tmpname(char *tmpl, int suffix, int kind)
{
	static unsigned long counter;
	size_t len = strlen(tmpl);
	char *x = tmpl + len - suffix - 6;
	unsigned long v;
	int tries, i, r;

	if (suffix < 0 || len < (size_t)suffix + 6 || memcmp(x, "XXXXXX", 6)) {
		errno = EINVAL;
		return -1;
	}
	for (tries = 0; tries < 1000; tries++) {
		v = ++counter * 2654435761u;
		for (i = 0; i < 6; i++, v /= 62)
			x[i] = digits[v % 62];
		if (kind == 1)
			r = mkdir(tmpl, 0700);
		else
			r = open(tmpl, O_RDWR | O_CREAT | O_EXCL, 0600);
		if (r >= 0 || errno != EEXIST)
			return r;
	}
	errno = EEXIST;
	return -1;
}
