#include "stdio_impl.h"
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

/* A new file in /tmp (made if missing), unlinked at once: it goes away
 * when closed. */
FILE *tmpfile(void)
{
	char name[] = "/tmp/tmpfXXXXXX";
	FILE *f;
	int fd;

	if (mkdir("/tmp", 01777) < 0 && errno != EEXIST)
		return NULL;
	fd = _nolibc_tmpname(name, 0, 0);
	if (fd < 0)
		return NULL;
	unlink(name);
	f = fdopen(fd, "w+");
	if (!f)
		close(fd);
	return f;
}
