#include <unistd.h>
#include <errno.h>
#include <uk/plat/console.h>

/* Until a VFS exists, descriptor 0 is the console's input. The console
 * only says what has arrived, so a read polls until at least one byte
 * has; it never sees an end of input. */
ssize_t read(int fd, void *buf, size_t len)
{
	int r;

	if (fd != STDIN_FILENO) {
		errno = EBADF;
		return -1;
	}
	if (!len)
		return 0;
	if (len > 0x7fffffff)
		len = 0x7fffffff;
	do
		r = ukplat_cink(buf, len);
	while (r == 0);
	if (r < 0) {
		errno = -r;
		return -1;
	}
	return r;
}
