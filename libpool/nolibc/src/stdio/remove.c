#include <errno.h>
#include <stdio.h>
#include <unistd.h>

/* unlink(), or rmdir() for a directory (C, POSIX). */
int remove(const char *path)
{
	int r = unlink(path);

	if (r < 0 && errno == EISDIR)
		r = rmdir(path);
	return r;
}
