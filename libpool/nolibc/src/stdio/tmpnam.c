#include "stdio_impl.h"
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A name in /tmp that no file has now: made by creating the file and
 * removing it again (the name is free when this returns). */
char *tmpnam(char *s)
{
	static char name[L_tmpnam];
	char *p = s ? s : name;
	int fd;

	memcpy(p, "/tmp/tmpnXXXXXX", 16);
	if (mkdir("/tmp", 01777) < 0 && errno != EEXIST)
		return NULL;
	fd = _nolibc_tmpname(p, 0, 0);
	if (fd < 0)
		return NULL;
	close(fd);
	unlink(p);
	return p;
}
